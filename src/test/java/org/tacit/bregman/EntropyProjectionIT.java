package org.tacit.bregman;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.SeededDraws;

/**
 * Larger instances than the unit tier: N = 20, d = 60 integer matrices with a positive feasible
 * point, alpha in {1e-2, 1e-8, 1e-14}, against the 40-digit reference (coordinates of these
 * instances stay above 1e-40, so 40 digits leave ample accuracy); the relative error of every
 * coordinate must be at most 1e-12 and inside the certified bound.
 */
class EntropyProjectionIT {

  @Test
  void agreesWithTheReferenceOnMediumInstances() {
    long seed = PropertyHarness.seedFor("projection IT medium");
    SeededDraws draws = new SeededDraws(seed);
    EntropyProjection solver = new EntropyProjection();
    HighPrecisionEntropyProjection reference = new HighPrecisionEntropyProjection(40);
    double worst = 0;
    for (int k = 0; k < 3; k++) {
      int n = 20;
      int d = 60;
      long[][] a = new long[n][d];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) {
          a[i][j] = draws.between(-5, 5);
        }
      }
      BigRational[] x0 = new BigRational[d];
      for (int j = 0; j < d; j++) {
        x0[j] = BigRational.of(draws.between(1, 20), draws.between(1, 4));
      }
      RationalMatrix matrix = RationalMatrix.of(a);
      EntropyProjectionProblem problem = EntropyProjectionProblem.of(matrix, matrix.multiply(x0));
      for (double alpha : new double[] {1e-2, 1e-8, 1e-14}) {
        EntropyProjectionResult result = solver.solve(problem, alpha);
        BigDecimal[] ref = reference.logProjection(problem, new BigDecimal(alpha));
        assertThat(result.certificate().certified()).as("seed " + seed).isTrue();
        double[] logX = result.logX();
        double[] bound = result.certificate().logErrorBound();
        for (int i = 0; i < d; i++) {
          BigDecimal r = ref[i];
          assertThat(r).isNotNull();
          double error = Math.abs(new BigDecimal(logX[i]).subtract(r).doubleValue());
          assertThat(Math.expm1(error)).as("seed " + seed + " alpha " + alpha).isLessThan(1e-12);
          assertThat(error).isLessThanOrEqualTo(bound[i]);
          worst = Math.max(worst, error);
        }
      }
    }
    System.out.printf("[tacit] projection IT (N=20, d=60): worst log error %.3e%n", worst);
  }
}
