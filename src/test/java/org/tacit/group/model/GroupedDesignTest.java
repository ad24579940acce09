package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/** The LNHW design, its partition, the constants of Assumption 1 and the double loss. */
class GroupedDesignTest {

  @Test
  @Verifies("LNHW:rem-2.1")
  void partitionPutsEachCoordinateInExactlyOneNonEmptyGroup() {
    GroupPartition groups = GroupPartition.ofSizes(2, 1, 3);
    assertThat(groups.dimension()).isEqualTo(6);
    assertThat(groups.groupCount()).isEqualTo(3);
    assertThat(groups.members(2)).containsExactly(3, 4, 5);
    assertThat(groups.groupOf(2)).isEqualTo(1);
    assertThat(GroupPartition.contiguous(2, 3)).isEqualTo(GroupPartition.ofSizes(3, 3));
    assertThat(new GroupPartition(new int[] {1, 0, 1}).members(1)).containsExactly(0, 2);
    assertThatThrownBy(() -> new GroupPartition(new int[] {0, 2}))
        .hasMessageContaining("group 1 is empty");
    assertThatThrownBy(() -> new GroupPartition(new int[] {0, -1}))
        .hasMessageContaining("< 0");
    assertThatThrownBy(() -> new GroupedDesign(2, groups, new double[11], new double[2]))
        .hasMessageContaining("n x p");
  }

  /**
   * Rows (1, 1), (1, -1), (1, 1), (1, 1): Sigma = [[1, 1/2], [1/2, 1]] exactly. With two singleton
   * groups delta_in = 0 and delta_out = 1/2; with one group of two, delta_in = ||[[0, 1/2],
   * [1/2, 0]]||_2 = 1/2 and delta_out = 0 (no pair of groups).
   */
  @Test
  @Verifies("LNHW:asm-1")
  @Verifies("LNHW:eq-1")
  @Verifies("LNHW:eq-2")
  void deltasOfAHandWorkedDesign() {
    double[] x = {1, 1, 1, -1, 1, 1, 1, 1};
    double[] y = {0, 0, 0, 0};
    GroupedDesign singletons = new GroupedDesign(4, GroupPartition.ofSizes(1, 1), x, y);
    assertThat(singletons.gram()).containsExactly(1, 0.5, 0.5, 1);
    assertThat(singletons.deltaIn()).isZero();
    assertThat(singletons.deltaOut()).isEqualTo(0.5, within(1e-15));
    GroupedDesign pair = new GroupedDesign(4, GroupPartition.ofSizes(2), x, y);
    assertThat(pair.deltaIn()).isEqualTo(0.5, within(1e-15));
    assertThat(pair.deltaOut()).isZero();
  }

  /**
   * Sylvester-Hadamard columns are orthogonal with squared norm n, so Sigma = I and both constants
   * vanish; for a Rademacher design the diagonal of Sigma is exactly 1 (a sum of n ones over n).
   */
  @Test
  @Verifies("LNHW:asm-1")
  void orthogonalAndRademacherDesigns() {
    int n = 8;
    double[] h = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i * n + j] = Integer.bitCount(i & j) % 2 == 0 ? 1 : -1;
      }
    }
    GroupedDesign hadamard = new GroupedDesign(n, GroupPartition.contiguous(4, 2), h,
        new double[n]);
    assertThat(hadamard.deltaIn()).isZero();
    assertThat(hadamard.deltaOut()).isZero();
    SeededDraws draws = new SeededDraws(5);
    double[] rademacher = new double[30 * 12];
    for (int k = 0; k < rademacher.length; k++) {
      rademacher[k] = draws.coin() ? 1 : -1;
    }
    double[] sigma = new GroupedDesign(30, GroupPartition.contiguous(4, 3), rademacher,
        new double[30]).gram();
    for (int i = 0; i < 12; i++) {
      assertThat(sigma[i * 12 + i]).isEqualTo(1.0);
    }
  }

  /**
   * On Gaussian designs the deltas agree with Commons Math's SVD (an independent algorithm) of the
   * same blocks to 1e-12 (both backward stable; the blocks have norm below 2).
   */
  @Test
  @Verifies("LNHW:asm-1")
  void deltasAgreeWithAnIndependentSvd() {
    SeededDraws draws = new SeededDraws(6);
    for (int trial = 0; trial < 20; trial++) {
      int n = draws.intBetween(5, 40);
      GroupPartition groups = GroupPartition.ofSizes(draws.intBetween(1, 4),
          draws.intBetween(1, 4), draws.intBetween(1, 4));
      int p = groups.dimension();
      double[] x = new double[n * p];
      for (int k = 0; k < x.length; k++) {
        x[k] = draws.gaussian();
      }
      GroupedDesign design = new GroupedDesign(n, groups, x, new double[n]);
      double[] sigma = design.gram();
      double deltaIn = 0;
      double deltaOut = 0;
      for (int l = 0; l < 3; l++) {
        for (int m = 0; m < 3; m++) {
          double[][] block = new double[groups.size(l)][groups.size(m)];
          for (int a = 0; a < groups.size(l); a++) {
            for (int b = 0; b < groups.size(m); b++) {
              block[a][b] = sigma[groups.member(l, a) * p + groups.member(m, b)]
                  - (l == m && a == b ? 1 : 0);
            }
          }
          double norm = new SingularValueDecomposition(new Array2DRowRealMatrix(block)).getNorm();
          if (l == m) {
            deltaIn = Math.max(deltaIn, norm);
          } else {
            deltaOut = Math.max(deltaOut, norm);
          }
        }
      }
      assertThat(design.deltaIn()).isCloseTo(deltaIn, within(1e-12));
      assertThat(design.deltaOut()).isCloseTo(deltaOut, within(1e-12));
    }
  }

  /**
   * The double loss and gradient agree with the exact Gram form on dyadic data (exact in double),
   * to {@link LnhwTolerances#ALGEBRA} times the sum of the absolute values of their terms, in
   * every convention. That sum is the same evaluation on {@code |X|}, {@code -|y|}, {@code |v|}
   * (every term then has the same sign).
   */
  @Test
  @Verifies("LNHW:rem-2.3")
  void doubleLossAgreesWithTheExactGramForm() {
    SeededDraws draws = new SeededDraws(7);
    for (int trial = 0; trial < 30; trial++) {
      GroupPartition groups = GroupPartition.ofSizes(draws.intBetween(1, 3),
          draws.intBetween(1, 3));
      int n = draws.intBetween(1, 6);
      int p = groups.dimension();
      double[] x = new double[n * p];
      double[] y = new double[n];
      BigRational[][] exactX = new BigRational[n][p];
      BigRational[] exactY = new BigRational[n];
      for (int row = 0; row < n; row++) {
        for (int j = 0; j < p; j++) {
          x[row * p + j] = draws.between(-8, 8) / 4.0;
          exactX[row][j] = BigRational.valueOf(x[row * p + j]);
        }
        y[row] = draws.between(-8, 8) / 2.0;
        exactY[row] = BigRational.valueOf(y[row]);
      }
      double[] u = {draws.between(1, 8) / 4.0, draws.between(1, 8) / 4.0};
      double[] v = new double[p];
      for (int i = 0; i < p; i++) {
        v[i] = draws.between(-8, 8) / 4.0;
      }
      BigRational[] exactU = {BigRational.valueOf(u[0]), BigRational.valueOf(u[1])};
      BigRational[] exactV = new BigRational[p];
      for (int i = 0; i < p; i++) {
        exactV[i] = BigRational.valueOf(v[i]);
      }
      ExactGramModel exact = ExactGramModel.ofDesign(groups, exactX, exactY);
      double[] absX = x.clone();
      double[] absY = y.clone();
      double[] absV = v.clone();
      for (int k = 0; k < absX.length; k++) {
        absX[k] = Math.abs(absX[k]);
      }
      for (int k = 0; k < n; k++) {
        absY[k] = -Math.abs(absY[k]);
      }
      for (int k = 0; k < p; k++) {
        absV[k] = Math.abs(absV[k]);
      }
      for (LossConvention convention : LossConvention.values()) {
        GroupedLoss loss = new GroupedLoss(new GroupedDesign(n, groups, x, y), convention);
        GroupedLoss magnitudes =
            new GroupedLoss(new GroupedDesign(n, groups, absX, absY), convention);
        double expected = exact.loss(exactU, exactV, convention).doubleValue();
        assertThat(loss.value(u, v)).isCloseTo(expected,
            within(LnhwTolerances.ALGEBRA * magnitudes.value(u, absV)));
        GroupedLoss.Gradient gradient = loss.gradient(u, v);
        GroupedLoss.Gradient scale = magnitudes.gradient(u, absV);
        ExactGramModel.ExactGradient exactGradient = exact.gradient(exactU, exactV, convention);
        for (int l = 0; l < 2; l++) {
          assertThat(gradient.u()[l]).isCloseTo(exactGradient.u()[l].doubleValue(),
              within(LnhwTolerances.ALGEBRA * Math.abs(scale.u()[l])));
        }
        for (int i = 0; i < p; i++) {
          assertThat(gradient.v()[i]).isCloseTo(exactGradient.v()[i].doubleValue(),
              within(LnhwTolerances.ALGEBRA * Math.abs(scale.v()[i])));
        }
      }
    }
  }

  /**
   * Remark after Assumption 1: Gaussian designs satisfy it with high probability. The trend is
   * checked, not a rate: for i.i.d. N(0, 1) designs with 4 groups of 3 columns, the median over 5
   * seeds of delta_in and of delta_out decreases as n grows from 32 to 2048 (for a fixed block,
   * ||Sigma_ll - I||_2 concentrates around 2 sqrt(p_l/n) + p_l/n, a factor of about 8 between the
   * ends of the grid, far above the seed-to-seed spread), and at n = 2048 both are below 0.3.
   */
  @Test
  @Verifies("LNHW:rem-2.4")
  void gaussianDesignsApproachAssumptionOneAsNGrows() {
    GroupPartition groups = GroupPartition.contiguous(4, 3);
    double previousIn = Double.POSITIVE_INFINITY;
    double previousOut = Double.POSITIVE_INFINITY;
    for (int n = 32; n <= 2048; n *= 4) {
      double[] deltaIn = new double[5];
      double[] deltaOut = new double[5];
      for (int seed = 0; seed < 5; seed++) {
        SeededDraws draws = new SeededDraws(100 + seed);
        double[] x = new double[n * 12];
        for (int k = 0; k < x.length; k++) {
          x[k] = draws.gaussian();
        }
        GroupedDesign design = new GroupedDesign(n, groups, x, new double[n]);
        deltaIn[seed] = design.deltaIn();
        deltaOut[seed] = design.deltaOut();
      }
      Arrays.sort(deltaIn);
      Arrays.sort(deltaOut);
      assertThat(deltaIn[2]).as("median delta_in at n = %d", n).isLessThan(previousIn);
      assertThat(deltaOut[2]).as("median delta_out at n = %d", n).isLessThan(previousOut);
      previousIn = deltaIn[2];
      previousOut = deltaOut[2];
    }
    assertThat(previousIn).isLessThan(0.3);
    assertThat(previousOut).isLessThan(0.3);
  }
}
