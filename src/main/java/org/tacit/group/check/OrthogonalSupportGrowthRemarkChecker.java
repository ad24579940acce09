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
import org.tacit.group.model.OrthogonalFlowWindow;
import org.tacit.group.model.OrthogonalRecoveryHypotheses;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW proof of Theorem 2, support groups (rem-B.2): for {@code l in S} under orthogonal design,
 * {@code (1/2) d(u_l^2)/dt = (2/n) w_l^T X_l^T r = 2 w_l^T (w_l* - w_l) + 2 w_l^T g_l
 * >= 2 u_l^2 (u_l*)^2 <v_l, v_l*> - 2 u_l^4 ||v_l||^2 - 2 u_l^2 ||v_l|| ||g_l||}
 * ({@code g = X^T xi / n}); on the balanced, aligned trajectory, with
 * {@code B_l = ||g_l||_2 / (u_l*)^2}, the direction bound {@code <w_l/||w_l||, v_l*> >= 1 - B_l^2},
 * the growth bound {@code (1/2) d(u_l^2)/dt >= sqrt 2 (1 - 2 B_l) u_l^3 (u_l*)^2 - u_l^6
 * - sqrt 2 u_l^3 B_l (u_l*)^2} (the hypothesis of Lemma 6), and the magnitude claim
 * {@code | ||w_l|| - ||w_l*|| | <= (3 B_l + tau) ||w_l*||}, {@code tau = eps/(u_l*)^2}, from
 * {@code t_in} on.
 *
 * <p>Checks: the identity and the Cauchy-Schwarz step exactly at rational points next to the
 * trajectory ({@link BalancedAlignedPoint} at {@code u = theta} and at {@code u(t_in)}); the
 * direction and growth bounds on the reduction ({@code w_l} parallel to {@code a_l},
 * {@code (1/2) d(u_l^2)/dt = sqrt 2 m_l u_l^3 - u_l^6}) at {@code u = theta}, {@code u(t_in/2)},
 * {@code u(t_in)}, in double ({@link LnhwTolerances#ALGEBRA}); the magnitude claim at {@code t_in}
 * and in the limit. The last term is checked with the factor {@code (u_l*)^2} that the definition of
 * {@code B} requires (the print has {@code sqrt 2 u_l^3 B}).
 */
public final class OrthogonalSupportGrowthRemarkChecker
    extends TheoremChecker<OrthogonalFlowInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:rem-B.2";

  private static final double SQRT2 = Math.sqrt(2);

  /** The checker. */
  public OrthogonalSupportGrowthRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(OrthogonalFlowInstance instance) {
    return instance.describe();
  }

  @Override
  protected List<Check> evaluate(OrthogonalFlowInstance instance, Hypotheses hypotheses) {
    if (!OrthogonalRecoveryHypotheses.decide(instance, hypotheses::require)) {
      return List.of();
    }
    GroupPartition groups = instance.groups();
    OrthogonalFlowWindow window = OrthogonalFlowWindow.of(instance);
    double theta = instance.theta().doubleValue();
    double[] times = {0, window.entry() / 2, window.entry()};
    String[] names = {"u = theta", "u = u(t_in/2)", "u = u(t_in)"};
    List<Check> checks = new ArrayList<>();
    for (int k = 0; k < times.length; k++) {
      double[] u = new double[groups.groupCount()];
      for (int l = 0; l < u.length; l++) {
        u[l] = window.magnitudeAt(l, theta, times[k]);
      }
      if (k != 1) {
        addExactChecks(checks, instance, BalancedAlignedPoint.of(instance, u), names[k]);
      }
      addReducedChecks(checks, instance, window, u, names[k]);
    }
    addMagnitudeChecks(checks, instance, window);
    return checks;
  }

  private static void addExactChecks(List<Check> checks, OrthogonalFlowInstance instance,
      BalancedAlignedPoint point, String where) {
    GroupPartition groups = instance.groups();
    BigRational[] g = instance.noiseCorrelations();
    BigRational[] truth = instance.truth();
    ExactFlowField.Velocity velocity = new ExactFlowField(groups, instance.design(),
        instance.responses()).velocity(point.u(), point.v());
    BigRational[] w = GroupedWeights.of(groups, point.u(), point.v());
    for (int l = 0; l < groups.groupCount(); l++) {
      if (!instance.inSupport(l)) {
        continue;
      }
      BigRational half = point.u()[l].multiply(velocity.u()[l]);
      BigRational wTruth = OrthogonalFacts.groupInner(groups, w, truth, l);
      BigRational wNorm = OrthogonalFacts.groupSquaredNorm(groups, w, l);
      BigRational wNoise = OrthogonalFacts.groupInner(groups, w, g, l);
      checks.add(Check.equal(SPEC_ID, where + ", l=" + l + ": (1/2) d(u_l^2)/dt = "
          + "2 w_l^T (w_l* - w_l) + 2 w_l^T g_l", half,
          BigRational.TWO.multiply(wTruth.subtract(wNorm).add(wNoise))));
      BigRational vNoise = OrthogonalFacts.groupInner(groups, point.v(), g, l).negate()
          .max(BigRational.ZERO);
      checks.add(Check.lessOrEqual(SPEC_ID, where + ", l=" + l + ": Cauchy-Schwarz "
          + "(-v_l^T g_l)_+^2 <= ||v_l||^2 ||g_l||^2", vNoise.multiply(vNoise),
          OrthogonalFacts.groupSquaredNorm(groups, point.v(), l)
              .multiply(OrthogonalFacts.groupSquaredNorm(groups, g, l))));
    }
  }

  private static void addReducedChecks(List<Check> checks, OrthogonalFlowInstance instance,
      OrthogonalFlowWindow window, double[] u, String where) {
    GroupPartition groups = instance.groups();
    BigRational[] a = instance.correlations();
    BigRational[] g = instance.noiseCorrelations();
    for (int l = 0; l < groups.groupCount(); l++) {
      if (!instance.inSupport(l)) {
        continue;
      }
      double m = window.magnitudes()[l];
      double star = Math.sqrt(OrthogonalFacts.groupSquaredNorm(groups, instance.truth(), l)
          .doubleValue());
      double b = Math.sqrt(OrthogonalFacts.groupSquaredNorm(groups, g, l).doubleValue()) / star;
      double cosine = OrthogonalFacts.groupInner(groups, a, instance.truth(), l).doubleValue()
          / (m * star);
      double u3 = u[l] * u[l] * u[l];
      checks.add(Check.lessOrEqual(SPEC_ID, where + ", l=" + l
          + ": 1 - B_l^2 <= <w_l/||w_l||, v_l*>", 1 - b * b, cosine, LnhwTolerances.ALGEBRA));
      checks.add(Check.lessOrEqual(SPEC_ID, where + ", l=" + l + ": sqrt2 (1 - 2B_l) u^3 (u*)^2"
          + " - u^6 - sqrt2 u^3 B_l (u*)^2 <= (1/2) d(u_l^2)/dt",
          SQRT2 * (1 - 2 * b) * u3 * star - u3 * u3 - SQRT2 * u3 * b * star,
          SQRT2 * m * u3 - u3 * u3, LnhwTolerances.ALGEBRA));
    }
  }

  private static void addMagnitudeChecks(List<Check> checks, OrthogonalFlowInstance instance,
      OrthogonalFlowWindow window) {
    GroupPartition groups = instance.groups();
    BigRational[] g = instance.noiseCorrelations();
    double theta = instance.theta().doubleValue();
    double eps = instance.epsilon().doubleValue();
    for (int l = 0; l < groups.groupCount(); l++) {
      if (!instance.inSupport(l)) {
        continue;
      }
      double star = Math.sqrt(OrthogonalFacts.groupSquaredNorm(groups, instance.truth(), l)
          .doubleValue());
      double b = Math.sqrt(OrthogonalFacts.groupSquaredNorm(groups, g, l).doubleValue()) / star;
      double bound = (3 * b + eps / star) * star;
      double[] ends = {window.entry(), Double.POSITIVE_INFINITY};
      String[] names = {"t_in", "t -> infinity"};
      for (int e = 0; e < ends.length; e++) {
        double u = window.magnitudeAt(l, theta, ends[e]);
        double norm = u * u * u / SQRT2;
        checks.add(Check.lessOrEqual(SPEC_ID, names[e] + ", l=" + l
            + ": | ||w_l|| - ||w_l*|| | <= (3 B_l + tau) ||w_l*||", Math.abs(norm - star),
            bound, LnhwTolerances.REDUCTION_TIME));
      }
    }
  }
}
