package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.RationalSquareRoots;
import org.tacit.grokking.model.RatioInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Lemma C.11, decided exactly: for {@code 0 < a < b} there are (1) {@code epsilon in (0, 1)}
 * with {@code a < (1 - epsilon)^2 b}; (2) {@code epsilon in (0, 1)}, {@code gamma in (0, epsilon)}
 * with {@code a < ((1 - epsilon)/(1 + gamma))^2 b}; (3) {@code epsilon in (0, 1)},
 * {@code gamma in (0, 1 - epsilon)} with {@code a < ((1 - epsilon - gamma)/(1 + gamma))^2 b}.
 *
 * <p>The checker builds the proof's witnesses from a certified rational {@code tau_bar} with
 * {@code sqrt(a/b) <= tau_bar < 1} ({@link RationalSquareRoots#upper}; {@code tau_bar = tau}
 * when {@code a/b} is the square of a rational), which keeps every witness valid since each
 * condition only needs an upper bound of {@code tau}: (1) {@code epsilon = (1 - tau_bar)/2};
 * (3) {@code gamma = (1 - tau_bar)/(2(1 + tau_bar))}, {@code epsilon = (1 - tau_bar)/4}. For (2)
 * the printed witness {@code gamma = (1 - tau)/(2 tau)}, {@code epsilon in (0, (1 + tau)/2)} is
 * never valid (erratum E14: {@code a < ((1 - epsilon)/(1 + gamma))^2 b} needs
 * {@code epsilon < (1 - tau)/2 < gamma}); {@link StatementForm#PRINTED} takes it with
 * {@code epsilon} the midpoint of {@code (gamma, min(1, (1 + tau)/2))} and fails,
 * {@link StatementForm#CORRECTED} takes {@code epsilon = (1 - tau_bar)/(2 + tau_bar)},
 * {@code gamma = epsilon/2}, valid because {@code (1 - epsilon)/(1 + epsilon/2) > tau} iff
 * {@code epsilon < (1 - tau)/(1 + tau/2)}. All checks exact. Cost: one square-root bound and a few
 * rational operations.
 *
 * <p>Spec: {@code TDR:lem-C.11} (parts {@code TDR:lem-C.11a}, {@code TDR:lem-C.11b},
 * {@code TDR:lem-C.11c}).
 */
public final class EpsilonGammaLemmaChecker extends TheoremChecker<RatioInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:lem-C.11";
  /** Part (1). */
  public static final String PART_ONE = "TDR:lem-C.11a";
  /** Part (2). */
  public static final String PART_TWO = "TDR:lem-C.11b";
  /** Part (3). */
  public static final String PART_THREE = "TDR:lem-C.11c";

  private static final BigRational HALF = BigRational.of(1, 2);

  private final StatementForm form;

  /** The checker of the corrected witness of part (2). */
  public EpsilonGammaLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the witness of part (2). */
  public EpsilonGammaLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(RatioInstance instance) {
    return "a=" + instance.a() + ", b=" + instance.b()
        + (form == StatementForm.PRINTED ? " (printed witness of (2))" : "");
  }

  /**
   * The certified {@code tau_bar >= sqrt(a/b)}: enough digits that {@code tau_bar < 1} whenever
   * {@code a < b} (about {@code log10(b/(b - a))} digits more than 20).
   */
  public static BigRational tauUpperBound(BigRational a, BigRational b) {
    BigRational ratio = a.divide(b);
    BigRational closeness = b.divide(b.subtract(a));
    int digits = 20 + closeness.numerator().bitLength() / 3 + 1;
    return RationalSquareRoots.upper(ratio, digits);
  }

  @Override
  protected List<Check> evaluate(RatioInstance instance, Hypotheses hypotheses) {
    BigRational a = instance.a();
    BigRational b = instance.b();
    if (!hypotheses.require("0 < a < b", a.signum() > 0 && a.compareTo(b) < 0)) {
      return List.of();
    }
    BigRational one = BigRational.ONE;
    BigRational tau = tauUpperBound(a, b);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "a/b <= tau_bar^2", a.divide(b), tau.multiply(tau)));
    checks.add(Check.less(SPEC_ID, "tau_bar < 1", tau, one));

    BigRational epsilonOne = one.subtract(tau).multiply(HALF);
    checks.add(Check.less(PART_ONE, "(1) 0 < epsilon", BigRational.ZERO, epsilonOne));
    checks.add(Check.less(PART_ONE, "(1) epsilon < 1", epsilonOne, one));
    checks.add(Check.less(PART_ONE, "(1) a < (1 - epsilon)^2 b", a,
        one.subtract(epsilonOne).pow(2).multiply(b)));

    BigRational gammaTwo;
    BigRational epsilonTwo;
    if (form == StatementForm.PRINTED) {
      gammaTwo = one.subtract(tau).divide(BigRational.TWO.multiply(tau));
      BigRational top = one.min(one.add(tau).multiply(HALF));
      epsilonTwo = gammaTwo.add(top).multiply(HALF);
    } else {
      epsilonTwo = one.subtract(tau).divide(BigRational.TWO.add(tau));
      gammaTwo = epsilonTwo.multiply(HALF);
    }
    checks.add(Check.less(PART_TWO, "(2) 0 < gamma", BigRational.ZERO, gammaTwo));
    checks.add(Check.less(PART_TWO, "(2) gamma < epsilon", gammaTwo, epsilonTwo));
    checks.add(Check.less(PART_TWO, "(2) epsilon < 1", epsilonTwo, one));
    checks.add(Check.less(PART_TWO, "(2) a < ((1 - epsilon)/(1 + gamma))^2 b", a,
        one.subtract(epsilonTwo).divide(one.add(gammaTwo)).pow(2).multiply(b)));

    BigRational gammaThree = one.subtract(tau).divide(BigRational.TWO.multiply(one.add(tau)));
    BigRational epsilonThree = one.subtract(tau).divide(BigRational.of(4));
    checks.add(Check.less(PART_THREE, "(3) 0 < epsilon < 1 - gamma", BigRational.ZERO,
        epsilonThree.min(one.subtract(gammaThree).subtract(epsilonThree))));
    checks.add(Check.less(PART_THREE, "(3) 0 < gamma", BigRational.ZERO, gammaThree));
    checks.add(Check.less(PART_THREE, "(3) a < ((1 - epsilon - gamma)/(1 + gamma))^2 b", a,
        one.subtract(epsilonThree).subtract(gammaThree).divide(one.add(gammaThree)).pow(2)
            .multiply(b)));
    return checks;
  }
}
