package org.tacit.l1rate.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.flow.FlowResult;
import org.tacit.flow.LogDomainGradientFlow;
import org.tacit.flow.QuadraticGradientDescent;
import org.tacit.flow.QuadraticReparameterizedLoss;
import org.tacit.l1rate.family.SectionOneFamilies;
import org.tacit.l1rate.model.FlowLimitInstance;
import org.tacit.l1rate.model.PositiveSystem;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Verdict;

/**
 * MS Section I: the gradient-flow limit is the entropy Bregman projection of alpha^2 1 (the
 * printed alpha 1 is an erratum), and gradient descent approaches the flow as eta -> 0.
 */
class FlowLimitProjectionProperties {

  private final FlowLimitProjectionChecker checker = new FlowLimitProjectionChecker();

  @Test
  @Verifies("MS:rem-I.2")
  @Verifies("MS:def-I.4")
  void flowLimitIsTheProjectionOfAlphaSquared() {
    PropertyHarness.verify("MS:rem-I.2 flow limit", checker, SectionOneFamilies.flowLimit(),
        Math.max(10, PropertyHarness.tries() / 5));
  }

  /**
   * Erratum: A = [1, -3], y = 1 (ker A = span (3, 1), K^T 1 != 0). At alpha = 0.3 the printed
   * identity (projection of alpha 1) has KKT residual about |log 0.3| ||K^T 1|| / ||log x - log
   * alpha||, of order 0.1, while the corrected one (alpha^2 1) holds to 1e-9. The inventory's
   * numbers for this instance: flow limit (1.000196714, 6.5571296e-5), projection of 0.09 1 equal
   * to it, projection of 0.3 1 = (1.022716, 0.0075722); the second coordinate of the limit must
   * therefore be near 6.557e-5, far from 7.57e-3.
   */
  @Test
  @Verifies("MS:rem-I.2")
  void printedIdentityFailsOnTheCounterexample() {
    PositiveSystem system = new PositiveSystem(new double[][] {{1, -3}}, new double[] {1},
        new double[] {4, 1});
    double alpha = 0.3;
    Verdict corrected = checker.check(new FlowLimitInstance(system, alpha));
    assertThat(corrected.holds()).as(corrected.describe()).isTrue();
    assertThat(FlowLimitProjectionChecker.printedKktResidual(system, alpha)).isGreaterThan(0.05);
    FlowResult flow = new LogDomainGradientFlow(
        new QuadraticReparameterizedLoss(system.a(), system.y())).run(alpha, 1e-12, 1e6);
    // The projection of z 1 onto {x1 - 3 x2 = 1} is x = z (e^l, e^(-3l)) with x1 - 3 x2 = 1;
    // for z = 0.09 the limit's x2 solves x2 = 0.09 ((1 + 3 x2) / 0.09)^(-3): a fixed point we
    // compare against directly, to 1e-9 relative.
    double x2 = flow.x()[1];
    double predicted = 0.09 * Math.pow((1 + 3 * x2) / 0.09, -3);
    assertThat(Math.abs(x2 - predicted) / x2).isLessThan(1e-9);
    assertThat(x2).isBetween(6.5e-5, 6.6e-5);
    // The independent projection solver: alpha^2 1 matches the limit, alpha 1 does not.
    double[] fromSquare = FlowLimitProjectionChecker.projectionOf(system, alpha * alpha).x();
    double[] fromAlpha = FlowLimitProjectionChecker.projectionOf(system, alpha).x();
    assertThat(Math.abs(fromSquare[1] - x2) / x2).isLessThan(1e-8);
    assertThat(fromAlpha[1]).isBetween(7.5e-3, 7.6e-3);
    assertThat(fromAlpha[0]).isBetween(1.0227, 1.0228);
  }

  /**
   * Gradient descent approaches the flow: at eta and eta / 4 the l1 distance between the GD and
   * flow limits shrinks by at least a factor 2 (first order: factor 4 expected), and at the
   * smaller step it is below 1e-2 relative.
   */
  @Test
  @Verifies("MS:def-I.4")
  void gradientDescentApproachesTheFlowAsTheStepShrinks() {
    QuadraticReparameterizedLoss loss = new QuadraticReparameterizedLoss(
        new double[][] {{1, 2, -1, 0.5}, {0, 1, 1, -2}}, new double[] {2, 1});
    double alpha = 0.1;
    FlowResult flow = new LogDomainGradientFlow(loss).run(alpha, 1e-12, 1e6);
    assertThat(flow.converged()).isTrue();
    double coarse = l1Distance(new QuadraticGradientDescent(loss).run(alpha, 4e-3, 1e-12, 10_000_000)
        .x(), flow.x());
    FlowResult fineRun = new QuadraticGradientDescent(loss).run(alpha, 1e-3, 1e-12, 10_000_000);
    assertThat(fineRun.converged()).as(fineRun.reason()).isTrue();
    double fine = l1Distance(fineRun.x(), flow.x());
    assertThat(fine).isLessThan(coarse / 2).isLessThan(1e-2 * l1(flow.x()));
    FlowResult diverged = new QuadraticGradientDescent(loss).run(alpha, 10, 1e-12, 1000);
    assertThat(diverged.converged()).isFalse();
    assertThat(diverged.reason()).startsWith("diverged");
    FlowResult capped = new QuadraticGradientDescent(loss).run(alpha, 1e-3, 1e-12, 5);
    assertThat(capped.reason()).startsWith("no convergence in 5 steps");
    FlowResult shortFlow = new LogDomainGradientFlow(loss).run(alpha, 1e-12, 0.5);
    assertThat(shortFlow.converged()).isFalse();
  }

  private static double l1Distance(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += Math.abs(a[j] - b[j]);
    }
    return sum;
  }

  private static double l1(double[] a) {
    double sum = 0;
    for (double v : a) {
      sum += Math.abs(v);
    }
    return sum;
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    PositiveSystem square = new PositiveSystem(new double[][] {{1}}, new double[] {1},
        new double[] {1});
    assertThat(checker.check(new FlowLimitInstance(square, 0.5)).hypothesisFailure())
        .isEqualTo("d > N (ker A non-trivial)");
    PositiveSystem wide = new PositiveSystem(new double[][] {{1, -3}}, new double[] {1},
        new double[] {4, 1});
    assertThat(checker.check(new FlowLimitInstance(wide, 0)).hypothesesMet()).isFalse();
    PositiveSystem notPositive = new PositiveSystem(new double[][] {{1, -3}}, new double[] {1},
        new double[] {1, 0});
    assertThat(checker.check(new FlowLimitInstance(notPositive, 0.5))
        .hypothesisFailure()).isEqualTo("a strictly positive solution");
    PositiveSystem wrong = new PositiveSystem(new double[][] {{1, -3}}, new double[] {1},
        new double[] {5, 1});
    assertThat(checker.check(new FlowLimitInstance(wrong, 0.5)).hypothesisFailure())
        .isEqualTo("A xPositive = y");
    PositiveSystem rankDeficient = new PositiveSystem(new double[][] {{1, 1, 1}, {2, 2, 2}},
        new double[] {3, 6}, new double[] {1, 1, 1});
    assertThat(checker.check(new FlowLimitInstance(rankDeficient, 0.5))
        .hypothesisFailure()).isEqualTo("A has full row rank");
  }
}
