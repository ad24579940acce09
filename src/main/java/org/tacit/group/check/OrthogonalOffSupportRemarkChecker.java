package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.BalancedAlignedPoint;
import org.tacit.group.model.ExactFlowField;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedWeights;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.OrthogonalFacts;
import org.tacit.group.model.OrthogonalFlowInstance;
import org.tacit.group.model.OrthogonalFlowReduction;
import org.tacit.group.model.OrthogonalFlowWindow;
import org.tacit.group.model.OrthogonalRecoveryHypotheses;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW proof of Theorem 2, off-support groups (rem-B.3). Printed: for {@code l not in S},
 * {@code (1/2) d(u_l^2)/dt = 2 ||w_l||^2 + 2 w_l^T g_l <= u_l^6 + sqrt 2 u_l^4 B}
 * ({@code g = X^T xi / n}, {@code B = ||g||_inf}), so by Lemma 5 {@code u_l(t) <= sqrt theta} for
 * {@code t <= T_u = log(1/theta) / (2 theta^2 + theta sqrt 2 B)}, and {@code T_l < T_u} with the
 * proof's {@code T_l}. Corrected (erratum, inventory E5): under orthogonal design and
 * {@code w_l* = 0}, {@code (1/2) d(u_l^2)/dt = -2 ||w_l||^2 + 2 w_l^T g_l <= 2 u_l^2 ||v_l|| ||g_l||}
 * ({@code = sqrt 2 u_l^3 ||g_l||} when balanced); hence {@code u' <= sqrt 2 ||g_l|| u^2} and
 * {@code u_l(t) <= sqrt theta} for {@code t <= T_u^c = (1/theta - 1/sqrt theta)/(sqrt 2 ||g_l||)};
 * and {@code T_in^+ <= T_out^-} (the explicit window of {@link OrthogonalFlowWindow}) replaces
 * {@code T_l < T_u} when some off-support group reaches {@code sqrt theta} at all (otherwise no
 * upper time is needed).
 *
 * <p>Checks per form: the identity exactly at rational points next to the trajectory
 * ({@link BalancedAlignedPoint}, at {@code u = theta} and at the magnitude reached at
 * {@code t_in}); the growth bound (corrected: exactly, by squares; printed: on the reduction at
 * {@code u = theta}, where the left side is {@code sqrt 2 m_l theta^3 - theta^6}); the escape time
 * against the exact one of the reduction; the order of the two times.
 */
public final class OrthogonalOffSupportRemarkChecker
    extends TheoremChecker<OrthogonalFlowInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:rem-B.3";

  /** The extra hypothesis: the remark is about off-support groups. */
  public static final String OFF_SUPPORT = "some group l not in S";

  private static final double SQRT2 = Math.sqrt(2);

  private final StatementForm form;

  /** The checker of the corrected statement (registered). */
  public OrthogonalOffSupportRemarkChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form ({@code PRINTED}: the erratum test). */
  public OrthogonalOffSupportRemarkChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(OrthogonalFlowInstance instance) {
    return form + ": " + instance.describe();
  }

  @Override
  protected List<Check> evaluate(OrthogonalFlowInstance instance, Hypotheses hypotheses) {
    if (!OrthogonalRecoveryHypotheses.decide(instance, hypotheses::require)) {
      return List.of();
    }
    GroupPartition groups = instance.groups();
    boolean offSupport = false;
    for (int l = 0; l < groups.groupCount(); l++) {
      offSupport |= !instance.inSupport(l);
    }
    if (!hypotheses.require(OFF_SUPPORT, offSupport)) {
      return List.of();
    }
    OrthogonalFlowWindow window = OrthogonalFlowWindow.of(instance);
    double theta = instance.theta().doubleValue();
    List<Check> checks = new ArrayList<>();
    double[] start = new double[groups.groupCount()];
    double[] later = new double[groups.groupCount()];
    for (int l = 0; l < start.length; l++) {
      start[l] = theta;
      later[l] = window.magnitudeAt(l, theta, window.entry());
    }
    addIdentityChecks(checks, instance, BalancedAlignedPoint.of(instance, start), "u = theta");
    addIdentityChecks(checks, instance, BalancedAlignedPoint.of(instance, later), "u = u(t_in)");
    if (form == StatementForm.PRINTED) {
      addPrintedTimes(checks, instance, window);
    } else {
      addCorrectedTimes(checks, instance, window);
    }
    return checks;
  }

  private void addIdentityChecks(List<Check> checks, OrthogonalFlowInstance instance,
      BalancedAlignedPoint point, String where) {
    GroupPartition groups = instance.groups();
    BigRational[] g = instance.noiseCorrelations();
    BigRational[] a = instance.correlations();
    ExactFlowField.Velocity velocity = new ExactFlowField(groups, instance.design(),
        instance.responses()).velocity(point.u(), point.v());
    BigRational[] w = GroupedWeights.of(groups, point.u(), point.v());
    double theta = instance.theta().doubleValue();
    for (int l = 0; l < groups.groupCount(); l++) {
      if (instance.inSupport(l)) {
        continue;
      }
      BigRational half = point.u()[l].multiply(velocity.u()[l]);
      BigRational wNorm = OrthogonalFacts.groupSquaredNorm(groups, w, l);
      BigRational noise = BigRational.TWO.multiply(OrthogonalFacts.groupInner(groups, w, g, l));
      BigRational twice = BigRational.TWO.multiply(wNorm);
      if (form == StatementForm.PRINTED) {
        checks.add(Check.equal(SPEC_ID, where + ", l=" + l + ": printed (1/2) d(u_l^2)/dt = "
            + "2||w_l||^2 + 2 w_l^T g_l", half, twice.add(noise)));
      } else {
        checks.add(Check.equal(SPEC_ID, where + ", l=" + l + ": (1/2) d(u_l^2)/dt = "
            + "-2||w_l||^2 + 2 w_l^T g_l", half, noise.subtract(twice)));
        BigRational positive = half.max(BigRational.ZERO);
        BigRational u2 = point.u()[l].multiply(point.u()[l]);
        checks.add(Check.lessOrEqual(SPEC_ID, where + ", l=" + l + ": ((1/2) d(u_l^2)/dt)_+^2 "
            + "<= (2 u_l^2 ||v_l|| ||g_l||)^2", positive.multiply(positive),
            BigRational.of(4).multiply(u2).multiply(u2)
                .multiply(OrthogonalFacts.groupSquaredNorm(groups, point.v(), l))
                .multiply(OrthogonalFacts.groupSquaredNorm(groups, g, l))));
      }
    }
    if (form == StatementForm.PRINTED && where.equals("u = theta")) {
      double b = largestNoise(g);
      for (int l = 0; l < groups.groupCount(); l++) {
        if (!instance.inSupport(l)) {
          double m = Math.sqrt(OrthogonalFacts.groupSquaredNorm(groups, a, l).doubleValue());
          double t3 = theta * theta * theta;
          checks.add(Check.lessOrEqual(SPEC_ID, "reduction at u = theta, l=" + l
              + ": printed sqrt2 m_l u^3 - u^6 <= u^6 + sqrt2 u^4 B",
              SQRT2 * m * t3 - t3 * t3, t3 * t3 + SQRT2 * t3 * theta * b,
              LnhwTolerances.ALGEBRA));
        }
      }
    }
  }

  private static void addCorrectedTimes(List<Check> checks, OrthogonalFlowInstance instance,
      OrthogonalFlowWindow window) {
    double theta = instance.theta().doubleValue();
    double tol = LnhwTolerances.REDUCTION_TIME;
    for (int l = 0; l < instance.groups().groupCount(); l++) {
      if (instance.inSupport(l)) {
        continue;
      }
      double escape = escapeTime(window.magnitudes()[l], theta);
      double corrected = (1 / theta - 1 / Math.sqrt(theta)) / (SQRT2 * window.magnitudes()[l]);
      if (Double.isFinite(escape)) {
        checks.add(Check.lessOrEqual(SPEC_ID, "l=" + l + ": T_u^c = (1/theta - 1/sqrt theta)/"
            + "(sqrt2 ||g_l||) <= escape time to sqrt theta", corrected, escape, tol));
      }
    }
    if (Double.isFinite(window.exit())) {
      checks.add(Check.lessOrEqual(SPEC_ID, "T_in^+ <= T_out^- (corrected T_l < T_u)",
          window.entryBound(), window.exitBound(), tol));
    }
  }

  private static void addPrintedTimes(List<Check> checks, OrthogonalFlowInstance instance,
      OrthogonalFlowWindow window) {
    double theta = instance.theta().doubleValue();
    double eps = instance.epsilon().doubleValue();
    double b = largestNoise(instance.noiseCorrelations());
    double upper = Math.log(1 / theta) / (2 * theta * theta + theta * SQRT2 * b);
    double tol = LnhwTolerances.REDUCTION_TIME;
    for (int l = 0; l < instance.groups().groupCount(); l++) {
      double escape = escapeTime(window.magnitudes()[l], theta);
      if (!instance.inSupport(l) && Double.isFinite(escape)) {
        checks.add(Check.lessOrEqual(SPEC_ID, "l=" + l + ": printed T_u = log(1/theta)/(2 theta^2"
            + " + theta sqrt2 B) <= escape time to sqrt theta", upper, escape, tol));
      }
    }
    double largest = Math.sqrt(OrthogonalRecoveryHypotheses.largestSquaredTruth(instance)
        .doubleValue());
    double smallest = Math.sqrt(OrthogonalRecoveryHypotheses.smallestSquaredTruth(instance)
        .doubleValue());
    double bRelative = b / smallest;
    double half = 0.5 - 3 * bRelative;
    double lower = Math.cbrt(2) * Math.pow(largest, 2.0 / 3) / (theta * theta)
        / ((1 - 6 * bRelative) * SQRT2 * smallest * theta)
        + 2 * (Math.log(largest / (2 * eps)) / Math.log(2))
        / (3 * smallest * half * Math.cbrt(SQRT2 * half * smallest));
    checks.add(Check.less(SPEC_ID, "printed T_l < T_u", lower, upper));
  }

  /** The reduced flow's time from theta to sqrt theta (infinite when never reached). */
  private static double escapeTime(double m, double theta) {
    double k = OrthogonalFlowReduction.fixedPoint(m);
    double root = Math.sqrt(theta);
    if (theta >= k || root >= k) {
      return Double.POSITIVE_INFINITY;
    }
    return OrthogonalFlowReduction.hittingTime(m, theta, root);
  }

  private static double largestNoise(BigRational[] g) {
    double b = 0;
    for (BigRational gi : g) {
      b = Math.max(b, gi.abs().doubleValue());
    }
    return b;
  }
}
