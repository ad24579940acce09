package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.ClStabilityConstants;
import org.tacit.grokking.model.RationalSquareRoots;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * The algebra of TDR Theorem C.28 (CL stability under a ZSP perturbation), decided exactly on its
 * scalar constants ({@link ClStabilityConstants}).
 *
 * <p>Checks: (eq-60) {@code Delta := B^2 - 4C(A - D)} equals
 * {@code 16 (g h_bar - h g_bar)^2 + 8 h h_bar r'^2 chi_g g_low} and is {@code >= 0} (eq-55);
 * (eq-59) {@code (4 g + 4 beta h)(g_bar + beta h_bar) - D' = C beta^2 + B beta + (A - D)} with
 * {@code D' = r'^2 chi_g g_low/2}; the admissible range: {@code (sqrt(Delta) - B)/(2C) > 0} exactly
 * when {@code D > A} (checked as an equivalence: otherwise {@code A - D >= 0} and no
 * {@code beta >= 0} meets the sufficient condition, so the theorem's {@code beta_max} is not
 * positive), and when positive, at the rational {@code beta_hat = (s - B)/(2C)} with a certified
 * {@code s <= sqrt(Delta)}: {@code C beta^2 + B beta + (A - D) <= 0} and hence (eq-59)
 * {@code 4 f(x) <= r'^2 chi_g g_low/(2 (g_bar + beta h_bar))}. (eq-64) the quadratic
 * {@code h_bar chi_h beta^2 + g_bar chi_h beta - g_low chi_g/2} has discriminant
 * {@code Delta'}: {@link StatementForm#CORRECTED} {@code Delta' = (g_bar chi_h)^2 +
 * 2 h_bar chi_h g_low chi_g}; {@link StatementForm#PRINTED} {@code (g_bar chi_h)^2 + 2 g_low chi_g}
 * (erratum E16); at {@code beta' = (s' - g_bar chi_h)/(2 h_bar chi_h)}, {@code s'} a certified
 * lower bound of {@code sqrt(Delta')} (exact when a square), the quadratic is {@code <= 0}, i.e.
 * (eq-63) {@code beta' chi_h <= chi_g g_low/(2 (g_bar + beta' h_bar))}.
 *
 * <p>What is not checked: that the constants are those of actual functions g, h (infima and
 * suprema over balls are not computable in general), and the first term
 * {@code sqrt(g_low chi_g)/(4 L)} of {@code beta_max}. Cost: a few exact operations and two
 * square-root bounds.
 *
 * <p>Spec: {@code TDR:thm-C.28}, {@code TDR:eq-55}, {@code TDR:eq-59}, {@code TDR:eq-60},
 * {@code TDR:eq-63}, {@code TDR:eq-64}.
 */
public final class ClStabilityTheoremChecker extends TheoremChecker<ClStabilityConstants> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:thm-C.28";

  private static final int ROOT_DIGITS = 40;
  private static final BigRational HALF = BigRational.of(1, 2);

  private final StatementForm form;

  /** The checker with the corrected {@code Delta'}. */
  public ClStabilityTheoremChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker with the given form of {@code Delta'}. */
  public ClStabilityTheoremChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(ClStabilityConstants k) {
    return "g=" + k.g() + ", h=" + k.h() + ", g_low=" + k.gLow() + ", g_bar=" + k.gBar()
        + ", h_bar=" + k.hBar() + ", chi_g=" + k.chiG() + ", chi_h=" + k.chiH() + ", r=" + k.r()
        + ", eps=" + k.epsilon() + (form == StatementForm.PRINTED ? " (printed Delta')" : "");
  }

  @Override
  protected List<Check> evaluate(ClStabilityConstants k, Hypotheses hypotheses) {
    BigRational zero = BigRational.ZERO;
    if (!hypotheses.require("0 < epsilon < 1, r > 0", k.epsilon().signum() > 0
            && k.epsilon().compareTo(BigRational.ONE) < 0 && k.r().signum() > 0)
        || !hypotheses.require("0 < g_low <= g(x) <= g_bar", k.gLow().signum() > 0
            && k.gLow().compareTo(k.g()) <= 0 && k.g().compareTo(k.gBar()) <= 0)
        || !hypotheses.require("0 < h(x) <= h_bar",
            k.h().signum() > 0 && k.h().compareTo(k.hBar()) <= 0)
        || !hypotheses.require("chi(g, x, r) > 0, chi(h, x, r') > 0",
            k.chiG().signum() > 0 && k.chiH().signum() > 0)
        || !hypotheses.require("g r-CL at x: 4 g(x) < r^2 chi(g, x, r)",
            BigRational.of(4).multiply(k.g()).compareTo(k.r().pow(2).multiply(k.chiG())) < 0)) {
      return List.of();
    }
    BigRational a = k.a();
    BigRational b = k.b();
    BigRational c = k.c();
    BigRational d = k.d();
    BigRational rPrime = k.shrunkRadius();
    List<Check> checks = new ArrayList<>();
    BigRational delta = b.pow(2).subtract(BigRational.of(4).multiply(c).multiply(a.subtract(d)));
    BigRational deltaClosed = BigRational.of(16)
        .multiply(k.g().multiply(k.hBar()).subtract(k.h().multiply(k.gBar())).pow(2))
        .add(BigRational.of(8).multiply(k.h()).multiply(k.hBar()).multiply(rPrime.pow(2))
            .multiply(k.chiG()).multiply(k.gLow()));
    checks.add(Check.equal("TDR:eq-60",
        "B^2 - 4C(A - D) = 16(g h_bar - h g_bar)^2 + 8 h h_bar r'^2 chi_g g_low", delta,
        deltaClosed));
    checks.add(Check.lessOrEqual("TDR:eq-55", "Delta >= 0", zero, delta));

    BigRational s = RationalSquareRoots.lower(delta, ROOT_DIGITS);
    BigRational betaHat = s.subtract(b).divide(BigRational.TWO.multiply(c));
    boolean positiveRange = d.compareTo(a) > 0;
    checks.add(Check.equal(SPEC_ID, "(sqrt(Delta) - B)/(2C) > 0 iff D > A",
        BigRational.of(positiveRange ? 1 : 0),
        BigRational.of(delta.compareTo(b.pow(2)) > 0 ? 1 : 0)));
    if (positiveRange) {
      BigRational quadratic = c.multiply(betaHat.pow(2)).add(b.multiply(betaHat)).add(a)
          .subtract(d);
      BigRational product = BigRational.of(4).multiply(k.g().add(betaHat.multiply(k.h())))
          .multiply(k.gBar().add(betaHat.multiply(k.hBar()))).subtract(d);
      checks.add(Check.equal("TDR:eq-59",
          "(4g + 4 beta h)(g_bar + beta h_bar) - D = C beta^2 + B beta + (A - D)", product,
          quadratic));
      checks.add(Check.lessOrEqual(SPEC_ID, "C beta^2 + B beta + (A - D) <= 0 at beta_hat",
          quadratic, zero));
      checks.add(Check.lessOrEqual("TDR:eq-59",
          "4 f(x) <= r'^2 chi_g g_low / (2 (g_bar + beta h_bar)) at beta_hat",
          BigRational.of(4).multiply(k.g().add(betaHat.multiply(k.h()))),
          d.divide(k.gBar().add(betaHat.multiply(k.hBar())))));
    } else {
      checks.add(Check.lessOrEqual(SPEC_ID,
          "D <= A: C beta^2 + B beta + (A - D) >= 0 for beta >= 0",
          zero, a.subtract(d)));
    }

    BigRational quadA = k.hBar().multiply(k.chiH());
    BigRational quadB = k.gBar().multiply(k.chiH());
    BigRational quadC = HALF.multiply(k.gLow()).multiply(k.chiG()).negate();
    BigRational discriminant = quadB.pow(2).subtract(BigRational.of(4).multiply(quadA)
        .multiply(quadC));
    BigRational printedPrime = quadB.pow(2).add(BigRational.TWO.multiply(k.gLow())
        .multiply(k.chiG()));
    BigRational correctedPrime = quadB.pow(2).add(BigRational.TWO.multiply(quadA)
        .multiply(k.gLow()).multiply(k.chiG()));
    BigRational deltaPrime = form == StatementForm.PRINTED ? printedPrime : correctedPrime;
    checks.add(Check.equal("TDR:eq-64",
        "discriminant of h_bar chi_h b^2 + g_bar chi_h b - g_low chi_g/2 = Delta'", discriminant,
        deltaPrime));
    BigRational sPrime = RationalSquareRoots.lower(deltaPrime, ROOT_DIGITS);
    BigRational betaPrime = sPrime.subtract(quadB).divide(BigRational.TWO.multiply(quadA));
    BigRational valuePrime = quadA.multiply(betaPrime.pow(2)).add(quadB.multiply(betaPrime))
        .add(quadC);
    checks.add(Check.lessOrEqual("TDR:eq-64",
        "h_bar chi_h b'^2 + g_bar chi_h b' - g_low chi_g/2 <= 0 at b' = (sqrt(Delta') - g_bar"
            + " chi_h)/(2 h_bar chi_h)", valuePrime, zero));
    checks.add(Check.lessOrEqual("TDR:eq-63",
        "beta' chi_h <= chi_g g_low / (2 (g_bar + beta' h_bar))",
        betaPrime.multiply(k.chiH()),
        k.chiG().multiply(k.gLow()).divide(BigRational.TWO.multiply(
            k.gBar().add(betaPrime.multiply(k.hBar()))))));
    return checks;
  }
}
