package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * The group-lasso solver against the closed form on orthogonal designs and against weak duality
 * on Gaussian designs; a perturbed solution fails its certificate.
 */
class GroupLassoTest {

  private static final int BUDGET = 200_000;

  /** Hadamard columns (X^T X / n = I exactly), groups of 4, a seeded Gaussian y. */
  private static GroupedDesign orthogonal(long seed) {
    int k = 5;
    int p = 24;
    int n = 1 << k;
    SplittableRandom random = new SplittableRandom(seed);
    double[] y = new double[n];
    for (int row = 0; row < n; row++) {
      y[row] = 3 * random.nextGaussian();
    }
    return new GroupedDesign(n, GroupPartition.contiguous(p / 4, 4), HadamardDesign.rowMajor(k, p),
        y);
  }

  private static double maxGroupCorrelation(GroupedDesign design) {
    double[] a = design.correlations(design.responses());
    double max = 0;
    for (int l = 0; l < design.groups().groupCount(); l++) {
      max = Math.max(max, GroupLasso.groupNorm(a, design.groups(), l));
    }
    return max;
  }

  /**
   * On X^T X / n = I the objective is 1-strongly convex and separable with minimiser
   * w_l = (1 - lambda / ||a_l||)_+ a_l, a = X^T y / n, so ||w - w_hat||^2 <= 2 (P(w) - P(w_hat))
   * <= 2 (gap + rounding of the computed gap).
   */
  @Test
  @Verifies("LNHW:fig-12")
  void matchesTheClosedFormOnOrthogonalDesigns() {
    for (long seed = 1; seed <= 5; seed++) {
      GroupedDesign design = orthogonal(seed);
      double[] a = design.correlations(design.responses());
      double lambdaMax = maxGroupCorrelation(design);
      for (double fraction : new double[] {0.05, 0.3, 0.7, 0.95}) {
        double lambda = fraction * lambdaMax;
        double[] closedForm = a.clone();
        GroupLasso.groupSoftThreshold(closedForm, design.groups(), lambda);
        GroupLassoSolution solution = GroupLasso.solve(design, lambda,
            GroupLasso.lipschitz(design), new double[design.dimension()],
            LnhwTolerances.GROUP_LASSO_RELATIVE_GAP, BUDGET);
        assertThat(solution.certified(LnhwTolerances.GROUP_LASSO_RELATIVE_GAP)).isTrue();
        double bound = 2 * (Math.max(solution.gap(), 0)
            + LnhwTolerances.GROUP_LASSO_GAP_ROUNDING * solution.primal());
        assertThat(AlgorithmRun.squaredDistance(solution.w(), closedForm)).isLessThanOrEqualTo(
            bound);
        int nonZero = 0;
        for (int l = 0; l < design.groups().groupCount(); l++) {
          nonZero += GroupLasso.groupNorm(closedForm, design.groups(), l) > 0 ? 1 : 0;
        }
        assertThat(nonZero).isPositive();
      }
    }
  }

  /** lambda >= max_l ||X_l^T y / n||: w = 0 is optimal (KKT), and the solver returns exactly 0. */
  @Test
  @Verifies("LNHW:fig-12")
  void returnsZeroAboveLambdaMax() {
    GroupedDesign design = gaussian(30, 60, 11);
    double lambda = maxGroupCorrelation(design) * 1.01;
    GroupLassoSolution solution = GroupLasso.solve(design, lambda, GroupLasso.lipschitz(design),
        new double[60], LnhwTolerances.GROUP_LASSO_RELATIVE_GAP, BUDGET);
    assertThat(solution.w()).containsOnly(0.0);
    assertThat(solution.maxKktResidual()).isZero();
  }

  private static GroupedDesign gaussian(int n, int p, long seed) {
    double[] wStar = AlgorithmSimulation.leading(p, 2, -1, 1, 3, 0.5, 0.5, -2, 1);
    return AlgorithmSimulation.gaussian(n, GroupPartition.contiguous(p / 4, 4), wStar, 0.5, seed)
        .design();
  }

  /**
   * Gaussian designs with p > n: the solver certifies its estimate, and no other point (random
   * perturbations of every size, random points) has a smaller objective by more than the
   * certified gap (weak duality: P(w') >= D(rho) for every w').
   */
  @Test
  @Verifies("LNHW:fig-12")
  void certificateBoundsEveryOtherObjectiveValueOnGaussianDesigns() {
    SplittableRandom random = new SplittableRandom(7);
    for (long seed = 1; seed <= 4; seed++) {
      GroupedDesign design = gaussian(30, 60, seed);
      double lambdaMax = maxGroupCorrelation(design);
      for (double fraction : new double[] {0.02, 0.2, 0.6}) {
        double lambda = fraction * lambdaMax;
        GroupLassoSolution solution = GroupLasso.solve(design, lambda,
            GroupLasso.lipschitz(design), new double[60],
            LnhwTolerances.GROUP_LASSO_RELATIVE_GAP, BUDGET);
        assertThat(solution.certified(LnhwTolerances.GROUP_LASSO_RELATIVE_GAP)).isTrue();
        double floor = solution.dual()
            - LnhwTolerances.GROUP_LASSO_GAP_ROUNDING * solution.primal();
        double[] w = solution.w();
        for (int trial = 0; trial < 200; trial++) {
          double size = Math.pow(10, -6 + trial % 7);
          double[] other = w.clone();
          for (int i = 0; i < other.length; i++) {
            other[i] += size * random.nextGaussian();
          }
          assertThat(GroupLasso.certify(design, lambda, other, 0).primal())
              .isGreaterThanOrEqualTo(floor);
        }
      }
    }
  }

  /**
   * Negative: moving one entry of a certified solution by 10% of ||w|| breaks the certificate (the
   * relative gap exceeds the tolerance) and raises the largest KKT residual.
   */
  @Test
  @Verifies("LNHW:fig-12")
  void perturbedSolutionFailsItsCertificate() {
    GroupedDesign design = gaussian(30, 60, 3);
    double lambda = 0.2 * maxGroupCorrelation(design);
    GroupLassoSolution solution = GroupLasso.solve(design, lambda, GroupLasso.lipschitz(design),
        new double[60], LnhwTolerances.GROUP_LASSO_RELATIVE_GAP, BUDGET);
    assertThat(solution.certified(LnhwTolerances.GROUP_LASSO_RELATIVE_GAP)).isTrue();
    double[] w = solution.w();
    double norm = Math.sqrt(AlgorithmRun.squaredDistance(w, new double[60]));
    for (int i : new int[] {0, 5, 40}) {
      double[] perturbed = w.clone();
      perturbed[i] += 0.1 * norm;
      GroupLassoSolution broken = GroupLasso.certify(design, lambda, perturbed, 0);
      assertThat(broken.certified(LnhwTolerances.GROUP_LASSO_RELATIVE_GAP)).isFalse();
      assertThat(broken.maxKktResidual()).isGreaterThan(solution.maxKktResidual());
    }
  }
}
