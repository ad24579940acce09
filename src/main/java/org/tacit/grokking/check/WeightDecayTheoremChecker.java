package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.LinearSolution;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.ExactDefiniteness;
import org.tacit.grokking.model.ExactLeastSquares;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.RidgeRunInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Theorem 3.6 = C.51 with Lemma C.52 (weight decay only): for {@code h = ||a||^2/2},
 * {@code Q = X^T X + beta I}, {@code a_hat = Q^{-1} X^T y*} and
 * {@code 0 < alpha < 2/(sigma_max(X^T X) + beta)}, gradient descent satisfies
 * {@code ||a^(t) - a_hat||_p <= rho_p^{t-1} ||a^(1) - a_hat||_p}, {@code rho_p = ||I - alpha
 * Q||_{p->p}}, and for {@code N < n}: {@code ||a_hat - a*||^2 >= ||(I - P) a*||^2}.
 *
 * <p>Hypotheses (exact): {@code beta > 0}; {@code alpha > 0} and
 * {@code alpha (sigma_max(X^T X) + beta) < 2}, decided as positive definiteness of
 * {@code (2/alpha - beta) I - X X^T} (same nonzero spectrum as {@code X^T X}); {@code N < n};
 * {@code steps >= 1}.
 *
 * <p>Checks: eq-109 (f as a quadratic in Q at {@code a^(1)}); eq-110 ({@code F(a) = Q a - (X^T X a*
 * + X^T xi)}); eq-112 ({@code Q a_hat = X^T y*}, a_hat from an exact solve); per step t, exactly:
 * eq-111 / eq-115 ({@code a^(t+1) - a_hat = (I - alpha Q)(a^(t) - a_hat)}), eq-113 (the closed
 * form {@code a^(t+1) = A^t a^(1) + (alpha Q)^{-1} (I - A^t) w}, {@code A = I - alpha Q},
 * {@code w = alpha X^T y*}), the contraction of Theorem C.51 for {@code p = 1} and
 * {@code p = inf} (where {@code rho_p} is a rational max column / row sum; exact) and for
 * {@code p = 2} (rho_2 from a double eigen-decomposition, tolerance
 * {@link TdrTolerances#RIDGE_CONTRACTION}); Theorem 3.6's second part ({@code a_hat} orthogonal to
 * {@code ker X}, the Pythagorean split {@code ||a_hat - a*||^2 = ||a_hat - P a*||^2 + ||(I - P)
 * a*||^2} and the lower bound); inventory E27: for each kernel basis vector k,
 * {@code (I - alpha Q) k = (1 - alpha beta) k}, so {@code rho_2 >= 1 - alpha beta} when
 * {@code N < n} (the null-space error decays only like {@code (1 - alpha beta)^(t-1)}), and
 * {@code F(a_hat + k) = beta k != 0}: for {@code beta > 0} the zero of F is unique.
 *
 * <p>{@link StatementForm#PRINTED} adds Lemma C.52's printed solution set: {@code F(a_hat + (I -
 * V V^T) c) = 0} with {@code c} the first kernel basis vector; false for every {@code beta > 0}
 * when {@code N < n}.
 *
 * <p>Cost: O(steps (n^2 + n N)) rational operations plus one n x n solve and eigen-decomposition;
 * the iterates' denominators grow geometrically, so the family keeps {@code steps <= 6}.
 *
 * <p>Spec: {@code TDR:thm-3.6} (registered), with checks carrying {@code TDR:thm-C.51},
 * {@code TDR:lem-C.52}, {@code TDR:eq-109} .. {@code TDR:eq-113}, {@code TDR:eq-115}.
 */
public final class WeightDecayTheoremChecker extends TheoremChecker<RidgeRunInstance> {

  /** The registered spec item. */
  public static final String SPEC_ID = "TDR:thm-3.6";

  private final StatementForm form;

  /** The corrected form (registered). */
  public WeightDecayTheoremChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form. */
  public WeightDecayTheoremChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(RidgeRunInstance instance) {
    return "N=" + instance.data().samples() + ", n=" + instance.data().dimension() + ", alpha="
        + instance.alpha() + ", beta=" + instance.beta() + ", steps=" + instance.steps();
  }

  @Override
  protected List<Check> evaluate(RidgeRunInstance instance, Hypotheses hypotheses) {
    SparseRecoveryData data = instance.data();
    RationalMatrix x = data.design();
    BigRational alpha = instance.alpha();
    BigRational beta = instance.beta();
    int n = data.dimension();
    if (!hypotheses.require("beta > 0", beta.signum() > 0)
        || !hypotheses.require("0 < alpha < 2/(sigma_max(X^T X) + beta)", alpha.signum() > 0
            && ExactDefiniteness.largestEigenvalueBelow(x.multiply(x.transpose()),
                BigRational.TWO.divide(alpha).subtract(beta)))
        || !hypotheses.require("N < n", data.samples() < n)
        || !hypotheses.require("steps >= 1", instance.steps() >= 1)) {
      return List.of();
    }
    RationalMatrix xt = x.transpose();
    RationalMatrix q = xt.multiply(x);
    BigRational[][] entries = q.toArray();
    for (int i = 0; i < n; i++) {
      entries[i][i] = entries[i][i].add(beta);
    }
    q = RationalMatrix.of(entries);
    BigRational[] truth = data.groundTruth();
    BigRational[] noise = data.noise();
    BigRational[] linear = ExactVectors.add(xt.multiply(x.multiply(truth)), xt.multiply(noise));
    BigRational half = BigRational.of(1, 2);
    List<Check> checks = new ArrayList<>();

    BigRational[] first = instance.initial();
    BigRational ridge = data.loss(first).add(beta.multiply(half)
        .multiply(ExactVectors.squaredNorm(first)));
    BigRational quadratic = RationalVectors.dot(first, q.multiply(first)).multiply(half)
        .subtract(RationalVectors.dot(linear, first))
        .add(ExactVectors.squaredNorm(data.targets()).multiply(half));
    checks.add(Check.equal("TDR:eq-109", "f(a^(1)) = a^T Q a/2 - (X^T X a* + X^T xi)^T a"
        + " + ||X a* + xi||^2/2", ridge, quadratic));
    checks.add(zero("TDR:eq-110", "||F(a^(1)) - [Q a^(1) - (X^T X a* + X^T xi)]||^2 = 0",
        ExactVectors.subtract(gradient(data, beta, first),
            ExactVectors.subtract(q.multiply(first), linear))));

    LinearSolution solved = q.solve(xt.multiply(data.targets()));
    BigRational @Nullable [] hat = solved.particular();
    if (hat == null || solved.kind() != LinearSolution.Kind.UNIQUE) {
      checks.add(Check.equal("TDR:eq-112", "Q a = X^T y* has a unique solution",
          BigRational.ZERO, BigRational.ONE));
      return checks;
    }
    checks.add(zero("TDR:eq-112", "||F(a_hat)||^2 = 0 (Q a_hat = X^T y*)",
        gradient(data, beta, hat)));

    RationalMatrix a = RationalMatrix.identity(n);
    BigRational[][] iteration = a.toArray();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        iteration[i][j] = iteration[i][j].subtract(alpha.multiply(q.get(i, j)));
      }
    }
    a = RationalMatrix.of(iteration);
    BigRational rho1 = maxColumnSum(a);
    BigRational rhoInf = maxColumnSum(a.transpose());
    double rho2 = spectralRadius(a);
    BigRational[] w = ExactVectors.scale(alpha, xt.multiply(data.targets()));
    RationalMatrix scaledInverse = q.inverse();
    BigRational[][] inverseEntries = scaledInverse.toArray();
    for (BigRational[] row : inverseEntries) {
      for (int j = 0; j < n; j++) {
        row[j] = row[j].divide(alpha);
      }
    }
    scaledInverse = RationalMatrix.of(inverseEntries);
    BigRational[] current = first;
    BigRational[] powerFirst = first;
    BigRational[] powerW = w;
    BigRational[] firstError = ExactVectors.subtract(first, hat);
    BigRational firstNorm1 = ExactVectors.norm1(firstError);
    BigRational firstNormInf = RationalVectors.normInf(firstError);
    double firstNorm2 = Math.sqrt(ExactVectors.squaredNorm(firstError).doubleValue());
    for (int t = 1; t <= instance.steps(); t++) {
      BigRational[] next = ExactVectors.subtract(current,
          ExactVectors.scale(alpha, gradient(data, beta, current)));
      checks.add(zero("TDR:eq-111", "||(a^(" + (t + 1) + ") - a_hat) - (I - alpha Q)(a^(" + t
          + ") - a_hat)||^2 = 0", ExactVectors.subtract(ExactVectors.subtract(next, hat),
              a.multiply(ExactVectors.subtract(current, hat)))));
      powerFirst = a.multiply(powerFirst);
      powerW = a.multiply(powerW);
      BigRational[] seriesPart = scaledInverse.multiply(ExactVectors.subtract(w, powerW));
      checks.add(zero("TDR:eq-113", "||a^(" + (t + 1) + ") - [A^" + t + " a^(1) + (alpha Q)^-1"
          + " (I - A^" + t + ") w]||^2 = 0", ExactVectors.subtract(next,
              ExactVectors.add(powerFirst, seriesPart))));
      BigRational[] error = ExactVectors.subtract(next, hat);
      checks.add(Check.lessOrEqual("TDR:thm-C.51", "||a^(" + (t + 1) + ") - a_hat||_1 <="
          + " rho_1^" + t + " ||a^(1) - a_hat||_1", ExactVectors.norm1(error),
          rho1.pow(t).multiply(firstNorm1)));
      checks.add(Check.lessOrEqual("TDR:thm-C.51", "||a^(" + (t + 1) + ") - a_hat||_inf <="
          + " rho_inf^" + t + " ||a^(1) - a_hat||_inf", RationalVectors.normInf(error),
          rhoInf.pow(t).multiply(firstNormInf)));
      checks.add(Check.lessOrEqual(SPEC_ID, "||a^(" + (t + 1) + ") - a_hat||_2 <= rho_2^" + t
          + " ||a^(1) - a_hat||_2", Math.sqrt(ExactVectors.squaredNorm(error).doubleValue()),
          Math.pow(rho2, t) * firstNorm2, TdrTolerances.RIDGE_CONTRACTION));
      current = next;
    }

    ExactLeastSquares pinv = new ExactLeastSquares(x);
    BigRational[] projectedTruth = pinv.rowSpaceProjection(truth);
    BigRational[] complement = ExactVectors.subtract(truth, projectedTruth);
    RationalMatrix kernel = x.nullSpaceBasis();
    BigRational hatKernel = BigRational.ZERO;
    for (int k = 0; k < kernel.cols(); k++) {
      BigRational inner = RationalVectors.dot(kernel.column(k), hat);
      hatKernel = hatKernel.add(inner.multiply(inner));
    }
    checks.add(Check.equal(SPEC_ID, "sum_k (k^T a_hat)^2 = 0 over a basis of ker X (a_hat in"
        + " row X)", hatKernel, BigRational.ZERO));
    BigRational gap = ExactVectors.squaredNorm(ExactVectors.subtract(hat, truth));
    BigRational complementSquared = ExactVectors.squaredNorm(complement);
    checks.add(Check.equal(SPEC_ID, "||a_hat - a*||^2 = ||a_hat - P a*||^2 + ||(I - P) a*||^2",
        gap, ExactVectors.squaredNorm(ExactVectors.subtract(hat, projectedTruth))
            .add(complementSquared)));
    checks.add(Check.lessOrEqual(SPEC_ID, "||(I - P) a*||^2 <= ||a_hat - a*||^2",
        complementSquared, gap));

    BigRational shrink = BigRational.ONE.subtract(alpha.multiply(beta));
    for (int k = 0; k < kernel.cols(); k++) {
      BigRational[] direction = kernel.column(k);
      checks.add(zero("TDR:lem-C.52", "||(I - alpha Q) k - (1 - alpha beta) k||^2 = 0 for kernel"
          + " vector k" + (k + 1) + " (E27)", ExactVectors.subtract(a.multiply(direction),
              ExactVectors.scale(shrink, direction))));
      checks.add(zero("TDR:lem-C.52", "||F(a_hat + k" + (k + 1) + ") - beta k" + (k + 1)
          + "||^2 = 0 (unique zero of F, E27)", ExactVectors.subtract(
              gradient(data, beta, ExactVectors.add(hat, direction)),
              ExactVectors.scale(beta, direction))));
    }
    checks.add(Check.lessOrEqual("TDR:thm-C.51", "|1 - alpha beta| <= rho_2 (eigenvalue on ker X,"
        + " E27)", shrink.abs().doubleValue(), rho2, TdrTolerances.RIDGE_CONTRACTION));
    if (form == StatementForm.PRINTED && kernel.cols() > 0) {
      checks.add(zero("TDR:lem-C.52", "||F(a_hat + (I - V V^T) c)||^2 = 0 (as printed)",
          gradient(data, beta, ExactVectors.add(hat, kernel.column(0)))));
    }
    return checks;
  }

  private static Check zero(String specId, String label, BigRational[] vector) {
    return Check.equal(specId, label, ExactVectors.squaredNorm(vector), BigRational.ZERO);
  }

  private static BigRational[] gradient(SparseRecoveryData data, BigRational beta,
      BigRational[] a) {
    return ExactVectors.add(data.lossGradient(a), ExactVectors.scale(beta, a));
  }

  private static BigRational maxColumnSum(RationalMatrix m) {
    BigRational best = BigRational.ZERO;
    for (int j = 0; j < m.cols(); j++) {
      best = best.max(ExactVectors.norm1(m.column(j)));
    }
    return best;
  }

  private static double spectralRadius(RationalMatrix symmetric) {
    double largest = 0;
    for (double lambda : SymmetricEigen.eigenvalues(symmetric.toDoubleRowMajor(),
        symmetric.rows())) {
      largest = Math.max(largest, Math.abs(lambda));
    }
    return largest;
  }
}
