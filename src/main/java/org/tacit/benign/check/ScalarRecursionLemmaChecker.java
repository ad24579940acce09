package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.benign.model.ScalarRecursionEnclosure;
import org.tacit.benign.model.ScalarRecursionEnclosure.Interval;
import org.tacit.benign.model.ScalarRecursionInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Lemma B.9, decided rigorously: for {@code z_{t+1} = (1 - eta (z_t - mu))^2 z_t} with
 * {@code eta, mu, z_0 > 0}, {@code eps > 0}, {@code z_0 <= mu - eps} and the step condition, the
 * run reaches {@code [mu - eps, mu + eps]} within {@code T = O((1/(eta mu))(log(mu/z_0) +
 * log(mu/eps)))} and stays there.
 *
 * <p>Step condition: {@link StatementForm#PRINTED} requires {@code eta <= mu/2} (false: see the
 * erratum in {@code spec/ZG.yaml}); {@link StatementForm#CORRECTED} requires
 * {@code eta mu <= 1/2}, under which f is increasing on {@code [0, mu]} with {@code f(mu) = mu},
 * so the run never overshoots mu (the fact the proof uses without stating it).
 *
 * <p>With {@code h = eta mu}, the explicit bound of the proof is {@code T* = T1* + T2*} with
 * {@code T1* = min{t : (1 + h/2)^{2t} z_0 >= mu/2}} and
 * {@code T2* = min{m : max(1 - h, 0)^m mu/2 <= eps}}, both computed exactly. The run is followed
 * to {@code T* + extraSteps} by the rigorous enclosures of {@link ScalarRecursionEnclosure}. Checks
 * (exact unless stated): the certified hitting time {@code T} (first t whose enclosure lies in the
 * band) is {@code <= T*}; every enclosure from T to the horizon lies in the band; the proof's
 * {@code T1 <= T1*} and {@code T - T1 <= T2*} (T1: first t whose enclosure lies above mu/2); its
 * pointwise steps at the enclosures' lower ends (the tightest step of each kind is reported):
 * {@code f(z) >= (1 + h/2)^2 z} for {@code z <= mu/2}, and for {@code mu/2 <= z <= mu}
 * {@code f(z) >= z - 2 eta (z - mu) z >= z - eta (z - mu) mu}; the no-overshoot fact
 * {@code mu <= (1 + h)/(3 eta)}; and the O-form with explicit constant
 * {@code T* <= (8/7)(1/h)(ln(mu/z_0) + ln(mu/eps)) + 2} (double, tolerance
 * {@link ZgTolerances#SCALAR_RECURSION_TIME_BOUND}; from {@code 2 ln(1 + h/2) >= (7/8) h} and
 * {@code -ln(1 - h) >= h} for {@code h <= 1/2}). A run whose enclosure exceeds {@code 2^64 (mu +
 * eps)} is stopped (it has left the band; the band check fails). Cost: about 20 operations on
 * 60-digit rationals per step, T* a few hundred for the built-in family.
 *
 * <p>Spec: {@code ZG:lem-B.9}.
 */
public final class ScalarRecursionLemmaChecker extends TheoremChecker<ScalarRecursionInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:lem-B.9";

  private static final BigRational HALF = BigRational.of(1, 2);
  private static final BigRational BLOW_UP = BigRational.of(2).pow(64);

  private final StatementForm form;

  /** The checker of the corrected statement ({@code eta mu <= 1/2}). */
  public ScalarRecursionLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the step condition. */
  public ScalarRecursionLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(ScalarRecursionInstance instance) {
    return "eta=" + instance.eta() + ", mu=" + instance.mu() + ", z_0=" + instance.initial()
        + ", eps=" + instance.epsilon() + ", eta mu=" + instance.scaledStep() + ", extra steps="
        + instance.extraSteps() + (form == StatementForm.PRINTED ? " (printed)" : "");
  }

  @Override
  protected List<Check> evaluate(ScalarRecursionInstance instance, Hypotheses hypotheses) {
    BigRational eta = instance.eta();
    BigRational mu = instance.mu();
    BigRational z0 = instance.initial();
    BigRational eps = instance.epsilon();
    BigRational h = instance.scaledStep();
    if (!hypotheses.require("eta, mu, z_0 > 0",
            eta.signum() > 0 && mu.signum() > 0 && z0.signum() > 0)
        || !hypotheses.require("eps > 0", eps.signum() > 0)
        || !hypotheses.require("z_0 <= mu - eps", z0.compareTo(mu.subtract(eps)) <= 0)
        || !stepCondition(eta, mu, h, hypotheses)
        || !hypotheses.require("extra steps >= 0", instance.extraSteps() >= 0)) {
      return List.of();
    }
    int t1Star = phaseOneBound(z0, mu, h);
    int t2Star = phaseTwoBound(mu, eps, h);
    int tStar = t1Star + t2Star;
    int horizon = tStar + instance.extraSteps();
    BigRational low = mu.subtract(eps);
    BigRational high = mu.add(eps);
    BigRational blowUp = BLOW_UP.multiply(high);
    Map<String, Check> steps = new LinkedHashMap<>();
    int hit = -1;
    int t1 = -1;
    BigRational worstDeviation = BigRational.ZERO;
    int worstAt = -1;
    Interval z = new Interval(z0, z0);
    for (int t = 0; t <= horizon; t++) {
      if (t1 < 0 && z.lo().compareTo(mu.multiply(HALF)) >= 0) {
        t1 = t;
      }
      if (hit < 0 && z.within(low, high)) {
        hit = t;
      }
      if (hit >= 0 && (worstAt < 0 || z.deviation(mu).compareTo(worstDeviation) > 0)) {
        worstDeviation = z.deviation(mu);
        worstAt = t;
      }
      proofSteps(instance, z.lo(), t, steps);
      if (z.hi().compareTo(blowUp) > 0) {
        if (worstAt < 0 || z.deviation(mu).compareTo(worstDeviation) > 0) {
          worstDeviation = z.deviation(mu);
          worstAt = t;
        }
        break;
      }
      if (t < horizon) {
        z = ScalarRecursionEnclosure.image(instance, z);
      }
    }
    if (worstAt < 0) {
      worstDeviation = z.deviation(mu);
      worstAt = horizon;
    }
    List<Check> checks = new ArrayList<>();
    int reached = hit < 0 ? horizon + 1 : hit;
    checks.add(Check.lessOrEqual(SPEC_ID, "hitting time T of [mu - eps, mu + eps] <= T*",
        BigRational.of(reached), BigRational.of(tStar)));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "|z_t - mu| <= eps for T <= t <= T* + extra (worst t=" + worstAt + ")",
        worstDeviation, eps));
    int phaseOne = t1 < 0 ? horizon + 1 : t1;
    checks.add(Check.lessOrEqual(SPEC_ID, "T1 := inf{t : z_t >= mu/2} <= T1*",
        BigRational.of(phaseOne), BigRational.of(t1Star)));
    checks.add(Check.lessOrEqual(SPEC_ID, "T - T1 <= T2*",
        BigRational.of(reached - Math.min(phaseOne, reached)), BigRational.of(t2Star)));
    checks.add(Check.lessOrEqual(SPEC_ID, "no overshoot: mu <= (1 + eta mu)/(3 eta)",
        mu, BigRational.ONE.add(h).divide(BigRational.of(3).multiply(eta))));
    checks.addAll(steps.values());
    double hd = h.doubleValue();
    double logs = Math.log(mu.divide(z0).doubleValue()) + Math.log(mu.divide(eps).doubleValue());
    checks.add(Check.lessOrEqual(SPEC_ID, "T* <= (8/7)(1/(eta mu))(ln(mu/z_0) + ln(mu/eps)) + 2",
        tStar, 8.0 / 7.0 / hd * logs + 2, ZgTolerances.SCALAR_RECURSION_TIME_BOUND));
    return checks;
  }

  private boolean stepCondition(BigRational eta, BigRational mu, BigRational h,
      Hypotheses hypotheses) {
    if (form == StatementForm.PRINTED) {
      return hypotheses.require("eta <= mu/2", eta.compareTo(mu.multiply(HALF)) <= 0);
    }
    return hypotheses.require("eta mu <= 1/2", h.compareTo(HALF) <= 0);
  }

  /** {@code min{t : (1 + h/2)^{2t} z_0 >= mu/2}}, exactly. */
  private static int phaseOneBound(BigRational z0, BigRational mu, BigRational h) {
    BigRational factor = BigRational.ONE.add(h.multiply(HALF)).pow(2);
    BigRational target = mu.multiply(HALF);
    BigRational value = z0;
    int t = 0;
    while (value.compareTo(target) < 0) {
      value = value.multiply(factor);
      t++;
    }
    return t;
  }

  /** {@code min{m : max(1 - h, 0)^m mu/2 <= eps}}, exactly. */
  private static int phaseTwoBound(BigRational mu, BigRational eps, BigRational h) {
    BigRational factor = BigRational.ONE.subtract(h).max(BigRational.ZERO);
    BigRational value = mu.multiply(HALF);
    int m = 0;
    while (value.compareTo(eps) > 0) {
      value = value.multiply(factor);
      m++;
    }
    return m;
  }

  /** The proof's pointwise steps at {@code z}, keeping the tightest of each kind. */
  private static void proofSteps(ScalarRecursionInstance instance, BigRational z, int t,
      Map<String, Check> steps) {
    BigRational mu = instance.mu();
    BigRational eta = instance.eta();
    BigRational fz = instance.next(z);
    String at = " (tightest t=" + t + ")";
    if (z.compareTo(mu.multiply(HALF)) <= 0) {
      BigRational growth = BigRational.ONE.add(instance.scaledStep().multiply(HALF)).pow(2);
      keepTightest(steps, "phase 1", Check.lessOrEqual(SPEC_ID,
          "z <= mu/2: (1 + eta mu/2)^2 z <= f(z)" + at, growth.multiply(z), fz));
    } else if (z.compareTo(mu) <= 0) {
      BigRational linearized = z.subtract(BigRational.TWO.multiply(eta)
          .multiply(z.subtract(mu)).multiply(z));
      keepTightest(steps, "phase 2a", Check.lessOrEqual(SPEC_ID,
          "mu/2 <= z <= mu: z - 2 eta (z - mu) z <= f(z)" + at, linearized, fz));
      keepTightest(steps, "phase 2b", Check.lessOrEqual(SPEC_ID,
          "mu/2 <= z <= mu: z - eta (z - mu) mu <= z - 2 eta (z - mu) z" + at,
          z.subtract(eta.multiply(z.subtract(mu)).multiply(mu)), linearized));
    }
  }

  private static void keepTightest(Map<String, Check> steps, String kind, Check check) {
    Check current = steps.get(kind);
    if (current == null || check.margin() < current.margin()) {
      steps.put(kind, check);
    }
  }
}
