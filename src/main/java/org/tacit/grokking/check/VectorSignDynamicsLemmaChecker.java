package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.SignDynamics;
import org.tacit.grokking.model.SignDynamicsInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Lemma C.31, decided exactly: the sign dynamics {@code a^(t+1) = a^(t) - alpha H(a^(t))},
 * {@code H(a) in d||a||_1} ({@code H_i(a) = z_i in [-1, 1]} where {@code a_i = 0}), on
 * {@code a^(1) in R^n}, over {@code t <= T = floor(||a^(1)||_inf/alpha) + 4} (paper's indexing).
 * <ul>
 *   <li>Proof (Lemma C.30 coordinate-wise): {@code a_i^(t) = a_i^(1) - (t - 1) alpha
 *       sign(a_i^(1))} while {@code t <= floor(|a_i^(1)|/alpha) + 1}.
 *   <li>(1) PRINTED: stationary iff {@code ||a||_inf <= alpha}; CORRECTED (erratum E3):
 *       {@code a^(t+1) = a^(t)} iff {@code a^(t) = 0} and {@code H(0) = 0}; the
 *       {@code ||.||_inf}-ball of radius alpha is forward-invariant; with {@code H = sign} the
 *       iterates are 2-periodic after {@code floor(||a^(1)||_inf/alpha)} steps.
 *   <li>(2) PRINTED: {@code ||a^(t)||_inf <= alpha} iff {@code t > floor(||a^(1)||_inf/alpha)};
 *       CORRECTED (erratum E1): {@code <= alpha} iff {@code t >= max(1, ceil(||a^(1)||_inf/alpha))},
 *       and when every {@code |z_i| < 1}, {@code < alpha} iff {@code t > floor(||a^(1)||_inf/alpha)}.
 *   <li>(3) for {@code H = sign} and {@code t > floor(||a^(1)||_inf/alpha)}: PRINTED
 *       {@code ||a^(t)||_0 = |{i : a_i^(1)/alpha in Z}|}; CORRECTED (erratum E2)
 *       {@code ||a^(t)||_0 = n - |{i : a_i^(1)/alpha in Z}|}.
 * </ul>
 * Cost: O(n T) rational operations. Exact, no tolerance.
 *
 * <p>Spec: {@code TDR:lem-C.31} and its parts {@code TDR:lem-C.31a}, {@code TDR:lem-C.31b},
 * {@code TDR:lem-C.31c}.
 */
public final class VectorSignDynamicsLemmaChecker extends TheoremChecker<SignDynamicsInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.31";
  /** Part (1). */
  public static final String STATIONARY_ID = "TDR:lem-C.31a";
  /** Part (2). */
  public static final String ENTRY_ID = "TDR:lem-C.31b";
  /** Part (3). */
  public static final String SUPPORT_ID = "TDR:lem-C.31c";

  /** Label of the printed part (1). */
  public static final String STATIONARY_PRINTED = SignDynamicsClaims.STATIONARY_PRINTED;
  /** Label of the printed part (2). */
  public static final String ENTRY_PRINTED = SignDynamicsClaims.ENTRY_PRINTED;
  /** Label of the printed part (3). */
  public static final String SUPPORT_PRINTED =
      "(3) printed: ||a^(t)||_0 = |{i : a_i^(1)/alpha in Z}| for t > floor(||a^(1)||_inf/alpha)";
  /** Label of the corrected part (3). */
  public static final String SUPPORT_CORRECTED =
      "(3) corrected: ||a^(t)||_0 = n - |{i : a_i^(1)/alpha in Z}|"
          + " for t > floor(||a^(1)||_inf/alpha)";

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public VectorSignDynamicsLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the statement. */
  public VectorSignDynamicsLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(SignDynamicsInstance instance) {
    return form + " " + instance;
  }

  @Override
  protected List<Check> evaluate(SignDynamicsInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("alpha > 0", instance.alpha().signum() > 0)
        || !hypotheses.require("a^(1) in R^n, n >= 1", !instance.initial().isEmpty()
            && instance.zeroSelection().size() == instance.initial().size())
        || !hypotheses.require("H(a) in d||a||_1 (H_i(a) in [-1, 1] where a_i = 0)",
            instance.selectionInUnitInterval())) {
      return List.of();
    }
    List<BigRational[]> iterates = SignDynamicsClaims.trajectory(instance);
    List<Check> checks = new ArrayList<>(SignDynamicsClaims.partsOneAndTwo(instance, iterates,
        form, SPEC_ID, STATIONARY_ID, ENTRY_ID));
    if (!instance.signSubgradient()) {
      return checks;
    }
    BigRational[] initial = instance.initialPoint();
    int integers = SignDynamics.integerRatioCount(initial, instance.alpha());
    int predicted = form == StatementForm.PRINTED ? integers : initial.length - integers;
    int failures = 0;
    for (int t = SignDynamicsClaims.lastFloor(instance) + 1;
        t <= SignDynamicsClaims.horizon(instance); t++) {
      failures += SignDynamics.support(iterates.get(t - 1)) == predicted ? 0 : 1;
    }
    checks.add(SignDynamicsClaims.zeroCount(SUPPORT_ID,
        form == StatementForm.PRINTED ? SUPPORT_PRINTED : SUPPORT_CORRECTED, failures));
    return checks;
  }
}
