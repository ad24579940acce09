package org.tacit.bregman;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/**
 * Accuracy of {@link EntropyProjection} against the independent 50-digit
 * {@link HighPrecisionEntropyProjection} on small instances (N <= 5, d <= 12) with alpha
 * log-uniform on [1e-12, 1]: every coordinate's relative error {@code |x^_i / x_i - 1|} (measured
 * as the log difference, computed in BigDecimal) must be at most 1e-12 (the brief's target), and
 * whenever the certificate is issued it must contain the measured error. The worst error is
 * printed for the report.
 */
class EntropyProjectionAccuracyProperties {

  /** Target of the task brief: relative error 1e-12 in every coordinate. */
  private static final double TARGET_RELATIVE_ERROR = 1e-12;
  /** Digits of the reference: 50 leave >= 25 after the conditioning of these instances. */
  private static final int REFERENCE_DIGITS = 50;

  private static double worstError;
  private static double worstCertifiedBound;
  private static int certified;
  private static int total;

  private final EntropyProjection solver = new EntropyProjection();
  private final HighPrecisionEntropyProjection reference =
      new HighPrecisionEntropyProjection(REFERENCE_DIGITS);

  private void compare(String name, Function<Draws, ProjectionInstance> family, int examples) {
    long seed = PropertyHarness.seedFor(name);
    System.out.println("[tacit] property " + name + ": seed " + seed + ", " + examples
        + " examples");
    SeededDraws draws = new SeededDraws(seed);
    for (int k = 0; k < examples; k++) {
      ProjectionInstance instance = family.apply(draws);
      EntropyProjectionProblem problem = instance.problem();
      // hypothesis, exactly: the witness is feasible and positive on the mask
      assertThat(problem.a().multiply(instance.positiveFeasiblePoint())).containsExactly(problem.y());
      EntropyProjectionResult result = solver.solve(problem, instance.alpha());
      BigDecimal[] ref = reference.logProjection(problem, new BigDecimal(instance.alpha()));
      double[] logX = result.logX();
      double[] bound = result.certificate().logErrorBound();
      boolean[] mask = problem.support();
      for (int i = 0; i < logX.length; i++) {
        BigDecimal r = ref[i];
        if (!mask[i] || r == null) {
          assertThat(logX[i]).isEqualTo(Double.NEGATIVE_INFINITY);
          continue;
        }
        double error = Math.abs(Math.expm1(new BigDecimal(logX[i]).subtract(r).doubleValue()));
        String where = name + " example " + k + " (seed " + seed + "), coordinate " + i
            + ", alpha " + instance.alpha();
        assertThat(error).as(where).isLessThanOrEqualTo(TARGET_RELATIVE_ERROR);
        if (result.certificate().certified()) {
          assertThat(Math.log1p(error)).as(where + " certificate").isLessThanOrEqualTo(bound[i]);
        }
        synchronized (EntropyProjectionAccuracyProperties.class) {
          worstError = Math.max(worstError, error);
        }
      }
      synchronized (EntropyProjectionAccuracyProperties.class) {
        total++;
        if (result.certificate().certified()) {
          certified++;
          worstCertifiedBound = Math.max(worstCertifiedBound,
              result.certificate().relativeErrorBound());
        }
      }
    }
  }

  private static ProjectionInstance withAlpha(KnownMinimizerInstance instance, Draws draws) {
    return new ProjectionInstance(instance.problem(),
        ProjectionFamilies.logUniformAlpha(draws, 12), instance.positiveFeasiblePoint());
  }

  @Test
  void agreesWithTheReferenceOnPositiveFeasibleInstances() {
    compare("projection accuracy, positive feasible", ProjectionFamilies.positiveFeasible()::draw,
        Math.max(10, PropertyHarness.tries() / 3));
  }

  @Test
  void agreesWithTheReferenceOnMaskedInstances() {
    compare("projection accuracy, forced zeros", ProjectionFamilies.forcedZeros()::draw,
        Math.max(10, PropertyHarness.tries() / 6));
  }

  @Test
  void agreesWithTheReferenceOnNondegenerateMinimizers() {
    compare("projection accuracy, nondegenerate x*",
        d -> withAlpha(ProjectionFamilies.knownMinimizer(false).draw(d), d),
        Math.max(10, PropertyHarness.tries() / 4));
  }

  @Test
  void agreesWithTheReferenceOnDegenerateMinimizers() {
    compare("projection accuracy, degenerate x*",
        d -> withAlpha(ProjectionFamilies.knownMinimizer(true).draw(d), d),
        Math.max(10, PropertyHarness.tries() / 4));
  }

  @Test
  void witnessesOfKnownMinimizersAreExact() {
    SeededDraws draws = new SeededDraws(PropertyHarness.seedFor("known minimiser witnesses"));
    for (int k = 0; k < PropertyHarness.tries(); k++) {
      KnownMinimizerInstance instance = ProjectionFamilies.knownMinimizer(k % 2 == 0).draw(draws);
      EntropyProjectionProblem problem = instance.problem();
      assertThat(problem.a().multiply(instance.minimizer())).containsExactly(problem.y());
      assertThat(problem.a().multiply(instance.positiveFeasiblePoint()))
          .containsExactly(problem.y());
      for (BigRational v : instance.positiveFeasiblePoint()) {
        assertThat(v.signum()).isPositive();
      }
      BigRational[] zero = problem.a().multiply(instance.kernelDirection());
      for (BigRational v : zero) {
        assertThat(v).isEqualTo(BigRational.ZERO);
      }
      for (int j : instance.offSupport()) {
        assertThat(instance.kernelDirection()[j].signum()).isPositive();
      }
      for (BigRational level : instance.offSupportLevels()) {
        assertThat(level).isLessThan(BigRational.ONE);
      }
      int[] s = instance.support();
      assertThat(problem.a().selectColumns(s).rank()).isEqualTo(s.length);
      BigRational[] mu = instance.dualCertificate();
      for (int i : s) {
        BigRational level = BigRational.ZERO;
        for (int j = 0; j < mu.length; j++) {
          level = level.add(problem.a().get(j, i).multiply(mu[j]));
        }
        assertThat(level).isEqualTo(BigRational.ONE);
      }
      assertThat(k % 2 == 0 ? s.length < problem.a().rank() : s.length == problem.a().rows())
          .isTrue();
    }
  }

  @AfterAll
  static void printWorst() {
    System.out.printf("[tacit] projection accuracy: worst relative coordinate error %.3e over %d"
        + " instances; certified %d, worst certified relative bound %.3e%n", worstError, total,
        certified, worstCertifiedBound);
  }
}
