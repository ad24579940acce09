package org.tacit.grokking.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.Comparators;
import org.tacit.grokking.model.HalfSquaredL2Norm;
import org.tacit.grokking.model.SubgradientRunInstance;
import org.tacit.grokking.model.SubgradientTrajectory;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Theorem C.13 (the delay {@code Delta t = R^2/(alpha beta eta)}) on a recorded
 * {@code SubgradientDescent} run, evaluated exactly at the recorded iterates
 * ({@link SubgradientTrajectory}).
 *
 * <p>Comparator z: for h = l2 the ridge minimizer (the point of {@code Theta_f}: then
 * {@code R = dist(x^(t1), Theta_f)} and {@code f(z) = f*} exactly, the theorem itself); for
 * h = l1 the ground truth {@code a*} (the comparator form the proof of Lemma C.12 gives for any z;
 * {@code Theta_f} of the Lasso is not computed). {@code C = max_{t1 <= t < T} ||F_t||^2/beta^2}
 * over the recorded window (the proof uses the maximum over {@code [t1, t2]} only). For
 * {@code eta = k R^2/(alpha beta (T - 1 - t1))}, {@code k in {1, 4, 16}} (so the delay fits in the
 * run): (sufficiency) for every {@code t2 <= T - 1} with {@code t2 - t1 >= Delta t}:
 * {@code min_{t1..t2} (f - f(z)) <= (eta + C alpha beta) beta/2 + max(E, 0)/(2 alpha (t2 - t1 +
 * 1))}, E the exact rounding defect of the steps (certified as rounding, see
 * {@link SubgradientBoundLemmaChecker}); (eq-21) at {@code n = ceil(Delta t)}:
 * {@code (R^2 + C n alpha^2 beta^2)/(2 n alpha) <= (eta + C alpha beta) beta/2}, exactly.
 * {@link StatementForm#PRINTED} adds the printed "only if" (erratum E10): every {@code t2} at which
 * the bound holds has {@code t2 - t1 >= Delta t}; it fails whenever the bound holds early.
 *
 * <p>Cost: as the Lemma C.12 checker, times three values of eta.
 *
 * <p>Spec: {@code TDR:thm-C.13}, {@code TDR:eq-21}, {@code TDR:eq-11}, {@code TDR:eq-10}.
 */
public final class DelayTheoremChecker extends TheoremChecker<SubgradientRunInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:thm-C.13";

  private static final long[] ETA_FACTORS = {1, 4, 16};

  private final StatementForm form;

  /** The checker of the proved direction ({@code t2 >= t1 + Delta t} implies the bound). */
  public DelayTheoremChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form ({@code PRINTED}: the "iff"). */
  public DelayTheoremChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(SubgradientRunInstance instance) {
    return instance.describe() + (form == StatementForm.PRINTED ? " (printed iff)" : "");
  }

  @Override
  protected List<Check> evaluate(SubgradientRunInstance instance, Hypotheses hypotheses) {
    if (!SubgradientBoundLemmaChecker.requireRun(instance, hypotheses)
        || !hypotheses.require("beta > 0", instance.beta().signum() > 0)) {
      return List.of();
    }
    SubgradientTrajectory run = SubgradientTrajectory.of(instance);
    if (!hypotheses.require("the run did not stop early", run.size() == instance.steps() + 1)
        || !hypotheses.require("t1 <= T - 2", instance.start() <= instance.steps() - 2)) {
      return List.of();
    }
    BigRational alpha = instance.alpha();
    BigRational beta = instance.beta();
    Optional<BigRational[]> ridge = instance.regularizer() instanceof HalfSquaredL2Norm
        ? Comparators.ridgeMinimizer(instance.loss(), beta) : Optional.empty();
    BigRational[] z = ridge.orElse(instance.groundTruth());
    String name = ridge.isPresent() ? "z=x_f" : "z=a*";
    int t1 = instance.start();
    int last = run.size() - 2;
    BigRational fz = run.objective().value(z);
    BigRational r2 = run.squaredDistance(t1, z);
    BigRational maxNorm = BigRational.ZERO;
    for (int t = t1; t <= last; t++) {
      maxNorm = maxNorm.max(run.squaredNorm(t));
    }
    BigRational c = maxNorm.divide(beta.pow(2));
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID,
        "every computed step is within its a-priori rounding bound (max ratio)",
        run.worstRoundingRatio(), 1.0, 0.0));
    BigRational window = BigRational.of(last - t1);
    for (long factor : ETA_FACTORS) {
      BigRational eta = r2.signum() == 0 ? BigRational.ONE : BigRational.of(factor).multiply(r2)
          .divide(alpha.multiply(beta).multiply(window));
      BigRational delay = r2.divide(alpha.multiply(beta).multiply(eta));
      BigRational target = eta.add(c.multiply(alpha).multiply(beta)).multiply(beta)
          .divide(BigRational.TWO);
      Optional<Check> sufficiency = Optional.empty();
      Optional<Check> necessity = Optional.empty();
      BigRational minGap = run.value(t1).subtract(fz);
      BigRational defect = BigRational.ZERO;
      for (int t2 = t1; t2 <= last; t2++) {
        minGap = minGap.min(run.value(t2).subtract(fz));
        defect = defect.add(run.identityDefect(t2, z));
        BigRational elapsed = BigRational.of(t2 - t1);
        String at = " (eta=" + factor + " R^2/(alpha beta (T-1-t1)), tightest t2=" + t2 + ")";
        if (elapsed.compareTo(delay) >= 0) {
          BigRational rounding = defect.max(BigRational.ZERO).divide(BigRational.TWO
              .multiply(alpha).multiply(elapsed.add(BigRational.ONE)));
          sufficiency = SubgradientBoundLemmaChecker.tighter(sufficiency, Check.lessOrEqual(
              SPEC_ID, name + ": t2 >= t1 + Delta t => min_{t1..t2} (f - f(z)) <= (eta + C alpha"
                  + " beta) beta/2 (+ E/(2 alpha (t2 - t1 + 1)))" + at, minGap,
              target.add(rounding)));
        }
        if (form == StatementForm.PRINTED && minGap.compareTo(target) <= 0) {
          necessity = SubgradientBoundLemmaChecker.tighter(necessity, Check.lessOrEqual(SPEC_ID,
              name + ": printed 'only if': bound at t2 => t2 - t1 >= Delta t" + at, delay,
              elapsed));
        }
      }
      sufficiency.ifPresent(checks::add);
      necessity.ifPresent(checks::add);
      if (r2.signum() > 0) {
        BigRational n = ceiling(delay).max(BigRational.ONE);
        checks.add(Check.lessOrEqual("TDR:eq-21", "(R^2 + C n alpha^2 beta^2)/(2 n alpha) <="
            + " (eta + C alpha beta) beta/2 at n = ceil(Delta t) (eta=" + factor + ")",
            r2.add(c.multiply(n).multiply(alpha.pow(2)).multiply(beta.pow(2)))
                .divide(BigRational.TWO.multiply(n).multiply(alpha)), target));
      }
    }
    return checks;
  }

  private static BigRational ceiling(BigRational q) {
    BigInteger[] qr = q.numerator().divideAndRemainder(q.denominator());
    BigInteger floor = q.signum() < 0 && qr[1].signum() != 0
        ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return BigRational.of(qr[1].signum() == 0 ? floor : floor.add(BigInteger.ONE));
  }
}
