package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.ExactMatrices;
import org.tacit.grokking.model.MatrixSignInstance;
import org.tacit.grokking.model.SignDynamics;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Lemma C.42 with {@code H(A) = U_r V_r^T} (the polar factor of the compact SVD, the proof's
 * choice and footnote 8), decided exactly in a known rational singular basis: with
 * {@code A^(1) = U diag(sigma) V^T}, the iterates {@code A^(t+1) = A^(t) - alpha H(A^(t))} are
 * computed as rational matrices for {@code t <= T + 2}, {@code T = floor(sigma_max/alpha) + 4}
 * (paper's indexing from {@code A^(1)}), together with signed diagonals {@code s^(t)}. Each claim
 * is checked at every {@code t <= T} as a count of failing {@code t}, which must be 0:
 * <ul>
 *   <li>the polar factor is certified without an SVD: {@code H = U diag(sign s^(t)) V^T} has
 *       {@code <H, A^(t)> = sum_i |s_i^(t)| = ||A^(t)||_*}, {@code H^T H} idempotent (so
 *       {@code ||H||_2 <= 1}: H is a subgradient), {@code H^T H A^T = A^T} and
 *       {@code rank H = rank A} (so {@code H^T H} projects onto the row space: H is the polar
 *       factor);
 *   <li>eq-102: {@code A^(t+1) = U diag(s^(t) - alpha sign(s^(t))) V^T} (the step in the singular
 *       basis, the sign of {@code sigma_i - alpha} folded into U); since U, V have orthonormal
 *       columns this certifies the SVD of {@code A^(t+1)}: its singular values are
 *       {@code |s^(t+1)|};
 *   <li>eq-103: the singular values of {@code A^(t+1)} are {@code |sigma_i^(t) - alpha|} over the
 *       nonzero {@code sigma_i^(t)} (and zeros), as multisets;
 *   <li>(1) PRINTED: {@code A^(t+1) = A^(t)} iff {@code sigma_max(A^(t)) < alpha}; CORRECTED
 *       (erratum E3): iff {@code A^(t) = 0}; {@code sigma_max <= alpha} is forward-invariant;
 *       {@code A^(t+2) = A^(t)} for {@code t > floor(sigma_max(A^(1))/alpha)};
 *   <li>(2) (holds as printed, both forms): {@code sigma_max(A^(t)) < alpha} iff
 *       {@code t > floor(sigma_max(A^(1))/alpha)};
 *   <li>(3) for {@code t > floor(sigma_max(A^(1))/alpha)}, with the rank computed independently by
 *       exact elimination: PRINTED {@code rank A^(t) = |{i <= r_1 : sigma_i/alpha in Z}|};
 *       CORRECTED (erratum E2) {@code rank A^(t) = r_1 - |{i <= r_1 : sigma_i/alpha in Z}|}.
 * </ul>
 * Cost: O(T (n1 n2 k + elimination)) rational operations. Exact, no tolerance. The general
 * subgradient {@code U V^T + W} of the proof's last paragraph is not covered (erratum E4).
 *
 * <p>Spec: {@code TDR:lem-C.42}, its parts {@code TDR:lem-C.42a}, {@code TDR:lem-C.42b},
 * {@code TDR:lem-C.42c}, and {@code TDR:eq-102}, {@code TDR:eq-103}.
 */
public final class MatrixSignDynamicsLemmaChecker extends TheoremChecker<MatrixSignInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.42";
  /** Part (1). */
  public static final String STATIONARY_ID = "TDR:lem-C.42a";
  /** Part (2). */
  public static final String ENTRY_ID = "TDR:lem-C.42b";
  /** Part (3). */
  public static final String RANK_ID = "TDR:lem-C.42c";
  /** The step in the singular basis. */
  public static final String STEP_ID = "TDR:eq-102";
  /** The singular values after a step. */
  public static final String SINGULAR_VALUES_ID = "TDR:eq-103";

  /** Label of the polar-factor certificate. */
  public static final String POLAR = "H(A^(t)) = U diag(sign s) V^T is the polar factor";
  /** Label of eq-102. */
  public static final String STEP = "(102) A^(t+1) = U diag(s^(t) - alpha sign s^(t)) V^T";
  /** Label of eq-103. */
  public static final String SINGULAR_VALUES = "(103) sigma(A^(t+1)) = |sigma_i(A^(t)) - alpha|";
  /** Label of the printed part (1). */
  public static final String STATIONARY_PRINTED =
      "(1) printed: A^(t+1) = A^(t) iff sigma_max(A^(t)) < alpha";
  /** Label of the corrected part (1). */
  public static final String STATIONARY_CORRECTED = "(1) corrected: A^(t+1) = A^(t) iff A^(t) = 0";
  /** Label of the invariance of the spectral ball. */
  public static final String INVARIANT =
      "(1) corrected: sigma_max(A^(t)) <= alpha implies sigma_max(A^(t+1)) <= alpha";
  /** Label of the period-2 claim. */
  public static final String PERIOD_TWO =
      "(1) corrected: A^(t+2) = A^(t) for t > floor(sigma_max(A^(1))/alpha)";
  /** Label of part (2). */
  public static final String ENTRY =
      "(2) sigma_max(A^(t)) < alpha iff t > floor(sigma_max(A^(1))/alpha)";
  /** Label of the printed part (3). */
  public static final String RANK_PRINTED =
      "(3) printed: rank A^(t) = |{i <= r_1 : sigma_i/alpha in Z}| for t > floor(sigma_max/alpha)";
  /** Label of the corrected part (3). */
  public static final String RANK_CORRECTED =
      "(3) corrected: rank A^(t) = r_1 - |{i <= r_1 : sigma_i/alpha in Z}|"
          + " for t > floor(sigma_max/alpha)";

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public MatrixSignDynamicsLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the statement. */
  public MatrixSignDynamicsLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(MatrixSignInstance instance) {
    return form + " " + instance;
  }

  @Override
  protected List<Check> evaluate(MatrixSignInstance instance, Hypotheses hypotheses) {
    RationalMatrix u = instance.left();
    RationalMatrix v = instance.right();
    BigRational alpha = instance.alpha();
    BigRational[] sigma = instance.sigma();
    if (!hypotheses.require("alpha > 0", alpha.signum() > 0)
        || !hypotheses.require("U, V have k = len(sigma) columns", u.cols() == sigma.length
            && v.cols() == sigma.length)
        || !hypotheses.require("U^T U = I and V^T V = I", ExactMatrices.orthonormalColumns(u)
            && ExactMatrices.orthonormalColumns(v))
        || !hypotheses.require("sigma_i >= 0",
            Arrays.stream(sigma).allMatch(x -> x.signum() >= 0))) {
      return List.of();
    }
    BigRational sigmaMax = RationalVectors.normInf(sigma);
    int m = SignDynamics.floorRatio(sigmaMax, alpha);
    int horizon = m + 4;
    BigRational[] zeros = new BigRational[sigma.length];
    Arrays.fill(zeros, BigRational.ZERO);
    List<BigRational[]> diagonals = SignDynamics.trajectory(sigma, alpha, zeros, horizon + 2);
    List<RationalMatrix> iterates = new ArrayList<>();
    iterates.add(instance.initialMatrix());
    int polar = 0;
    int[] ranks = new int[horizon + 1];
    for (int t = 1; t <= horizon + 1; t++) {
      RationalMatrix a = iterates.get(t - 1);
      BigRational[] s = diagonals.get(t - 1);
      RationalMatrix h = ExactMatrices.diagonalProduct(u, signs(s), v);
      if (t <= horizon) {
        ranks[t] = a.rank();
        polar += certifiedPolarFactor(h, a, s, ranks[t]) ? 0 : 1;
      }
      iterates.add(ExactMatrices.combination(a, alpha.negate(), h));
    }
    int r1 = SignDynamics.support(sigma);
    int integers = SignDynamics.integerRatioCount(sigma, alpha) - (sigma.length - r1);
    int predictedRank = form == StatementForm.PRINTED ? integers : r1 - integers;
    int step = 0;
    int singularValues = 0;
    int stationaryPrinted = 0;
    int stationaryCorrected = 0;
    int invariant = 0;
    int periodTwo = 0;
    int entry = 0;
    int rank = 0;
    for (int t = 1; t <= horizon; t++) {
      RationalMatrix a = iterates.get(t - 1);
      RationalMatrix next = iterates.get(t);
      BigRational[] s = diagonals.get(t - 1);
      step += next.equals(ExactMatrices.diagonalProduct(u, diagonals.get(t), v)) ? 0 : 1;
      singularValues += Arrays.equals(sortedAbsolute(diagonals.get(t)), shifted(s, alpha)) ? 0 : 1;
      BigRational norm = RationalVectors.normInf(s);
      boolean fixed = a.equals(next);
      stationaryPrinted += fixed == (norm.compareTo(alpha) < 0) ? 0 : 1;
      stationaryCorrected += fixed == (SignDynamics.support(s) == 0) ? 0 : 1;
      invariant += norm.compareTo(alpha) > 0
          || RationalVectors.normInf(diagonals.get(t)).compareTo(alpha) <= 0 ? 0 : 1;
      periodTwo += t <= m || a.equals(iterates.get(t + 1)) ? 0 : 1;
      entry += (norm.compareTo(alpha) < 0) == (t > m) ? 0 : 1;
      rank += t <= m || ranks[t] == predictedRank ? 0 : 1;
    }
    List<Check> checks = new ArrayList<>();
    checks.add(SignDynamicsClaims.zeroCount(SPEC_ID, POLAR, polar));
    checks.add(SignDynamicsClaims.zeroCount(STEP_ID, STEP, step));
    checks.add(SignDynamicsClaims.zeroCount(SINGULAR_VALUES_ID, SINGULAR_VALUES, singularValues));
    if (form == StatementForm.PRINTED) {
      checks.add(SignDynamicsClaims.zeroCount(STATIONARY_ID, STATIONARY_PRINTED,
          stationaryPrinted));
    } else {
      checks.add(SignDynamicsClaims.zeroCount(STATIONARY_ID, STATIONARY_CORRECTED,
          stationaryCorrected));
      checks.add(SignDynamicsClaims.zeroCount(STATIONARY_ID, INVARIANT, invariant));
      checks.add(SignDynamicsClaims.zeroCount(STATIONARY_ID, PERIOD_TWO, periodTwo));
    }
    checks.add(SignDynamicsClaims.zeroCount(ENTRY_ID, ENTRY, entry));
    checks.add(SignDynamicsClaims.zeroCount(RANK_ID,
        form == StatementForm.PRINTED ? RANK_PRINTED : RANK_CORRECTED, rank));
    return checks;
  }

  /**
   * Whether {@code h} is certified as the polar factor of {@code a = U diag(s) V^T}
   * ({@code rankOfA = rank a}): {@code <h, a> = sum |s_i|}, {@code h^T h} is idempotent,
   * {@code h^T h a^T = a^T} and {@code rank h = rank a}.
   */
  private static boolean certifiedPolarFactor(RationalMatrix h, RationalMatrix a, BigRational[] s,
      int rankOfA) {
    RationalMatrix projector = h.transpose().multiply(h);
    return ExactMatrices.inner(h, a).equals(RationalVectors.norm1(s))
        && projector.multiply(projector).equals(projector)
        && projector.multiply(a.transpose()).equals(a.transpose())
        && h.rank() == rankOfA;
  }

  private static BigRational[] signs(BigRational[] s) {
    BigRational[] signs = new BigRational[s.length];
    for (int i = 0; i < s.length; i++) {
      signs[i] = SignDynamics.sign(s[i]);
    }
    return signs;
  }

  /** {@code |s_i|}, sorted descending. */
  private static BigRational[] sortedAbsolute(BigRational[] s) {
    return Arrays.stream(s).map(BigRational::abs).sorted((x, y) -> y.compareTo(x))
        .toArray(BigRational[]::new);
  }

  /** {@code |sigma_i - alpha|} for {@code sigma_i = |s_i| > 0}, 0 for the rest, descending. */
  private static BigRational[] shifted(BigRational[] s, BigRational alpha) {
    return Arrays.stream(s).map(BigRational::abs)
        .map(x -> x.isZero() ? x : x.subtract(alpha).abs())
        .sorted((x, y) -> y.compareTo(x)).toArray(BigRational[]::new);
  }
}
