package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.grokking.model.PolarPerturbationInstance;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.linalg.Svd;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Lemma C.45 in double precision: if {@code sigma_min(A) > sigma_max(A*)}
 * ({@code sigma_min} the smallest nonzero singular value, at the numerical rank of
 * {@link Svd.Decomposition#rank()}), then
 * {@code ||H(A - A*) - H(A)||_F <= 2 sqrt(2 rank A) / (sigma_min(A)/sigma_max(A*) - 1)}, H the
 * polar factor of the compact SVD ({@link Svd.Decomposition#polarFactor()}).
 * <ul>
 *   <li>{@link StatementForm#PRINTED}: as above; false for rank-deficient A (erratum E6: A - A*
 *       can have larger rank than A, and the new directions enter H(A - A*) with weight 1);
 *   <li>{@link StatementForm#CORRECTED}: with the extra hypothesis {@code rank A = min(n1, n2)}.
 *       For square A this follows from the classical bound
 *       {@code ||H(A + E) - H(A)||_F <= 2 ||E||_F/(sigma_n(A) + sigma_n(A + E))} (R.-C. Li 1995)
 *       with {@code ||E||_F <= sqrt(n) ||E||_2} and Weyl; for rectangular full-rank A it is
 *       checked, not proved here.
 * </ul>
 * Proof step checked (Lemma C.44, Wedin, with {@code E = -A*}, {@code r = rank A}): the sines of
 * the largest principal angles between the leading r left (right) singular subspaces of A and
 * A - A*, computed as {@code ||P - P~||_2} of the orthogonal projectors, are at most
 * {@code sigma_max(A*)/(sigma_r(A) - sigma_max(A*))}. The proof's step
 * {@code tr(U~^T U) = sum cos theta_i} (eq-104) depends on the bases and is not checked.
 * Tolerance: {@link TdrTolerances#POLAR_PERTURBATION} (relative). Cost: four thin SVDs,
 * O(n1 n2 min(n1, n2)) per sweep.
 *
 * <p>Spec: {@code TDR:lem-C.45}, {@code TDR:lem-C.44}.
 */
public final class PolarPerturbationLemmaChecker
    extends TheoremChecker<PolarPerturbationInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.45";
  /** Wedin's bound (the proof's step). */
  public static final String WEDIN_ID = "TDR:lem-C.44";

  /** Label of the statement. */
  public static final String BOUND =
      "||H(A - A*) - H(A)||_F <= 2 sqrt(2 rank A)/(sigma_min(A)/sigma_max(A*) - 1)";

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public PolarPerturbationLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the statement. */
  public PolarPerturbationLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(PolarPerturbationInstance instance) {
    return form + " " + instance;
  }

  @Override
  protected List<Check> evaluate(PolarPerturbationInstance instance, Hypotheses hypotheses) {
    int n1 = instance.rows();
    int n2 = instance.columns();
    Svd.Decomposition a = Svd.decompose(instance.matrix(), n1, n2);
    Svd.Decomposition target = Svd.decompose(instance.target(), n1, n2);
    Svd.Decomposition difference = Svd.decompose(instance.difference(), n1, n2);
    int rank = a.rank();
    double sigmaMin = rank == 0 ? 0 : a.singularValues()[rank - 1];
    double sigmaMaxTarget = target.singularValues()[0];
    if (!hypotheses.require("sigma_min(A) > sigma_max(A*)", rank > 0
            && sigmaMin > sigmaMaxTarget)
        || (form == StatementForm.CORRECTED && !hypotheses.require("rank A = min(n1, n2)",
            rank == Math.min(n1, n2)))) {
      return List.of();
    }
    double[] h = a.polarFactor();
    double[] hDifference = difference.polarFactor();
    double squared = 0;
    for (int i = 0; i < h.length; i++) {
      squared += (hDifference[i] - h[i]) * (hDifference[i] - h[i]);
    }
    List<Check> checks = new ArrayList<>();
    double wedin = sigmaMaxTarget / (sigmaMin - sigmaMaxTarget);
    checks.add(Check.lessOrEqual(WEDIN_ID,
        "sin Theta_L = ||U U^T - U~ U~^T||_2 <= sigma_max(A*)/(sigma_r(A) - sigma_max(A*))",
        projectorDistance(a.u(), difference.u(), n1, a.size(), rank), wedin,
        TdrTolerances.POLAR_PERTURBATION));
    checks.add(Check.lessOrEqual(WEDIN_ID,
        "sin Theta_R = ||V V^T - V~ V~^T||_2 <= sigma_max(A*)/(sigma_r(A) - sigma_max(A*))",
        projectorDistance(a.v(), difference.v(), n2, a.size(), rank), wedin,
        TdrTolerances.POLAR_PERTURBATION));
    checks.add(Check.lessOrEqual(SPEC_ID, BOUND, Math.sqrt(squared),
        2 * Math.sqrt(2.0 * rank) / (sigmaMin / sigmaMaxTarget - 1),
        TdrTolerances.POLAR_PERTURBATION));
    return checks;
  }

  /**
   * {@code ||X_r X_r^T - Y_r Y_r^T||_2} for the leading r columns of the {@code n x k} row-major
   * {@code x} and {@code y}: the sine of the largest principal angle between equal-dimensional
   * subspaces.
   */
  private static double projectorDistance(double[] x, double[] y, int n, int k, int r) {
    double[] d = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int c = 0; c < r; c++) {
          sum += x[i * k + c] * x[j * k + c] - y[i * k + c] * y[j * k + c];
        }
        d[i * n + j] = sum;
      }
    }
    return Svd.decompose(d, n, n).singularValues()[0];
  }
}
