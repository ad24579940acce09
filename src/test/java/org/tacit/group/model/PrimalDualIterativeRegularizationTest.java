package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * The primal-dual iteration for {@code min sum_l ||w_l|| subject to X w = y} on noiseless
 * instances whose minimiser is unique and known: the iterates approach feasibility and the
 * minimiser, and the objective approaches the minimum.
 */
class PrimalDualIterativeRegularizationTest {

  private static final double[] SUPPORT = {2, -1, 1, 3, 0.5, 0.5, -2, 1};

  /** Relative infeasibility, relative error and relative objective gap of w_k. */
  private static double[] progress(GroupedDesign design, double[] w, double[] wStar) {
    double[] r = design.residual(w);
    double infeasibility = Math.sqrt(AlgorithmRun.squaredDistance(r, new double[r.length]));
    double[] y = design.responses();
    double yNorm = Math.sqrt(AlgorithmRun.squaredDistance(y, new double[y.length]));
    double error = Math.sqrt(AlgorithmRun.squaredDistance(w, wStar))
        / Math.sqrt(AlgorithmRun.squaredDistance(wStar, new double[wStar.length]));
    double minimum = GroupLasso.groupNormSum(wStar, design.groups());
    double objective = Math.abs(GroupLasso.groupNormSum(w, design.groups()) - minimum) / minimum;
    return new double[] {infeasibility / yNorm, error, objective};
  }

  private static void assertConverges(GroupedDesign design, double[] wStar, int iterations) {
    double norm = PrimalDualIterativeRegularization.operatorNorm(design);
    PrimalDualPath path = PrimalDualIterativeRegularization.run(design, iterations,
        PrimalDualIterativeRegularization.dataDrivenStepRatio(design, norm),
        PrimalDualIterativeRegularization.RHO, norm);
    assertThat(path.length()).isEqualTo(iterations);
    assertThat(path.iterate(1)).containsOnly(0.0);
    double[] early = progress(design, path.iterate(10), wStar);
    double[] last = progress(design, path.iterate(iterations), wStar);
    for (int q = 0; q < 3; q++) {
      assertThat(last[q]).isLessThanOrEqualTo(LnhwTolerances.PRIMAL_DUAL_CONVERGENCE);
      assertThat(last[q]).isLessThan(early[q]);
    }
  }

  /**
   * Hadamard columns (X^T X / n = I, p <= n) and y = X w*: the constraint X w = y has the single
   * solution w = X^T y / n = w*, so w* is the constrained minimiser.
   */
  @Test
  @Verifies("LNHW:fig-12")
  void approachesTheUniqueFeasiblePointOnAnOrthogonalDesign() {
    int k = 5;
    int p = 24;
    double[] wStar = AlgorithmSimulation.leading(p, SUPPORT);
    double[] x = HadamardDesign.rowMajor(k, p);
    GroupedDesign design = new GroupedDesign(1 << k, GroupPartition.contiguous(p / 4, 4), x,
        new double[1 << k]);
    design = design.withResponses(design.times(wStar));
    assertConverges(design, wStar, 3000);
  }

  /**
   * Gaussian X with p = 2n and y = X w*, w* supported on two groups S: w* is the unique
   * minimiser when X_S is injective and q = X_S (X_S^T X_S)^{-1} z_S, z_l = w*_l / ||w*_l||,
   * satisfies ||X_l^T q|| < 1 off S (a strict dual certificate: X_S^T q = z_S by construction;
   * checked here before the run).
   */
  @Test
  @Verifies("LNHW:fig-12")
  void approachesTheCertifiedGroupSparseMinimiserOnAGaussianDesign() {
    int n = 40;
    int p = 80;
    GroupPartition groups = GroupPartition.contiguous(p / 4, 4);
    double[] wStar = AlgorithmSimulation.leading(p, SUPPORT);
    GroupedDesign design = AlgorithmSimulation.gaussian(n, groups, wStar, 0, 5).design();
    double[] x = design.design();
    int s = SUPPORT.length;
    double[] gram = new double[s * s];
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < s; b++) {
        for (int row = 0; row < n; row++) {
          gram[a * s + b] += x[row * p + a] * x[row * p + b];
        }
      }
    }
    double[] z = new double[s];
    for (int l = 0; l < 2; l++) {
      double groupNorm = GroupLasso.groupNorm(wStar, groups, l);
      for (int m = 0; m < 4; m++) {
        z[4 * l + m] = wStar[4 * l + m] / groupNorm;
      }
    }
    double[] coefficients = solve(gram, z, s);
    double[] q = new double[n];
    for (int row = 0; row < n; row++) {
      for (int a = 0; a < s; a++) {
        q[row] += x[row * p + a] * coefficients[a];
      }
    }
    double[] correlation = design.correlations(q);
    for (int l = 2; l < groups.groupCount(); l++) {
      assertThat(n * GroupLasso.groupNorm(correlation, groups, l)).isLessThan(1.0);
    }
    assertConverges(design, wStar, 20000);
  }

  /** Gaussian elimination with partial pivoting (s x s, row-major). */
  private static double[] solve(double[] matrix, double[] rhs, int s) {
    double[] a = matrix.clone();
    double[] b = rhs.clone();
    for (int col = 0; col < s; col++) {
      int pivot = col;
      for (int row = col + 1; row < s; row++) {
        if (Math.abs(a[row * s + col]) > Math.abs(a[pivot * s + col])) {
          pivot = row;
        }
      }
      assertThat(a[pivot * s + col]).isNotZero();
      for (int j = 0; j < s; j++) {
        double swap = a[col * s + j];
        a[col * s + j] = a[pivot * s + j];
        a[pivot * s + j] = swap;
      }
      double swap = b[col];
      b[col] = b[pivot];
      b[pivot] = swap;
      for (int row = col + 1; row < s; row++) {
        double factor = a[row * s + col] / a[col * s + col];
        for (int j = col; j < s; j++) {
          a[row * s + j] -= factor * a[col * s + j];
        }
        b[row] -= factor * b[col];
      }
    }
    double[] out = new double[s];
    for (int row = s - 1; row >= 0; row--) {
      double sum = b[row];
      for (int j = row + 1; j < s; j++) {
        sum -= a[row * s + j] * out[j];
      }
      out[row] = sum / a[row * s + row];
    }
    return out;
  }
}
