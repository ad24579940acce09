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
 * TDR Lemma C.30, decided exactly: the scalar sign dynamics {@code a^(t+1) = a^(t) - alpha
 * H(a^(t))}, {@code H(a) in d|a|} ({@code H(0) = z in [-1, 1]}), on the iterates
 * {@code t <= T = floor(|a^(1)|/alpha) + 4} (the paper's indexing from {@code a^(1)}; every claim
 * is periodic from {@code t = floor(|a^(1)|/alpha) + 1} on, so T covers all {@code t}).
 * <ul>
 *   <li>Proof: {@code a^(t) = a^(1) - (t - 1) alpha sign(a^(1))} while
 *       {@code t <= floor(|a^(1)|/alpha) + 1}.
 *   <li>(1) {@link StatementForm#PRINTED}: {@code a} is stationary iff {@code |a| <= alpha};
 *       {@link StatementForm#CORRECTED} (erratum E3): {@code a^(t+1) = a^(t)} iff
 *       {@code a^(t) = 0} and {@code H(0) = 0}; {@code [-alpha, alpha]} is forward-invariant; with
 *       {@code H = sign} the iterates are 2-periodic after {@code floor(|a^(1)|/alpha)} steps.
 *   <li>(2) PRINTED: {@code |a^(t)| <= alpha} iff {@code t > floor(|a^(1)|/alpha)}; CORRECTED
 *       (erratum E1): {@code |a^(t)| <= alpha} iff {@code t >= max(1, ceil(|a^(1)|/alpha))}, and,
 *       when {@code |H(0)| < 1}, {@code |a^(t)| < alpha} iff {@code t > floor(|a^(1)|/alpha)}.
 *   <li>(3) for {@code H = sign} (as printed, both forms): {@code a^(1)/alpha in Z} implies
 *       {@code a^(t) = 0} for {@code t > floor(|a^(1)|/alpha)}; and the converse: otherwise
 *       {@code a^(t) != 0} for every {@code t}.
 * </ul>
 * Cost: O(T) rational operations. Exact, no tolerance.
 *
 * <p>Spec: {@code TDR:lem-C.30} and its parts {@code TDR:lem-C.30a}, {@code TDR:lem-C.30b},
 * {@code TDR:lem-C.30c}.
 */
public final class ScalarSignDynamicsLemmaChecker extends TheoremChecker<SignDynamicsInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.30";
  /** Part (1). */
  public static final String STATIONARY_ID = "TDR:lem-C.30a";
  /** Part (2). */
  public static final String ENTRY_ID = "TDR:lem-C.30b";
  /** Part (3). */
  public static final String ZERO_ID = "TDR:lem-C.30c";

  /** Label of the printed part (1). */
  public static final String STATIONARY_PRINTED = SignDynamicsClaims.STATIONARY_PRINTED;
  /** Label of the printed part (2). */
  public static final String ENTRY_PRINTED = SignDynamicsClaims.ENTRY_PRINTED;
  /** Label of part (3). */
  public static final String REACHES_ZERO =
      "(3) H = sign, a^(1)/alpha in Z: a^(t) = 0 for t > floor(|a^(1)|/alpha)";
  /** Label of the converse of part (3). */
  public static final String STAYS_NONZERO =
      "(3) converse, H = sign, a^(1)/alpha not in Z: a^(t) != 0 for all t";

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public ScalarSignDynamicsLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the statement. */
  public ScalarSignDynamicsLemmaChecker(StatementForm form) {
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
        || !hypotheses.require("a^(1) in R (one coordinate)", instance.initial().size() == 1
            && instance.zeroSelection().size() == 1)
        || !hypotheses.require("H(a) in d|a| (H(0) in [-1, 1])",
            instance.selectionInUnitInterval())) {
      return List.of();
    }
    List<BigRational[]> iterates = SignDynamicsClaims.trajectory(instance);
    List<Check> checks = new ArrayList<>(SignDynamicsClaims.partsOneAndTwo(instance,
        iterates, form, SPEC_ID, STATIONARY_ID, ENTRY_ID));
    if (!instance.signSubgradient()) {
      return checks;
    }
    BigRational initial = instance.initial().get(0);
    boolean integer = SignDynamics.integerRatio(initial, instance.alpha());
    int m = SignDynamicsClaims.lastFloor(instance);
    int reachesZero = 0;
    int staysNonzero = 0;
    for (int t = 1; t <= SignDynamicsClaims.horizon(instance); t++) {
      boolean zero = iterates.get(t - 1)[0].isZero();
      reachesZero += integer && t > m && !zero ? 1 : 0;
      staysNonzero += !integer && zero ? 1 : 0;
    }
    checks.add(SignDynamicsClaims.zeroCount(ZERO_ID, REACHES_ZERO, reachesZero));
    checks.add(SignDynamicsClaims.zeroCount(ZERO_ID, STAYS_NONZERO, staysNonzero));
    return checks;
  }
}
