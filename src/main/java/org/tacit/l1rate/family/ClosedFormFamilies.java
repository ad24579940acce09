package org.tacit.l1rate.family;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.model.ClosedFormInstance;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instances of MS Assumption II.1 whose null-space constants are known in closed form (derived
 * and proved in proofs-notes/MS/thm-II.2.md).
 *
 * <p><b>Single row.</b> {@code A = [a_1, ..., a_d]} with {@code d >= 2}, {@code a_1 > 0},
 * {@code a_j < a_1} for {@code j >= 2}, {@code y > 0}. Then {@code x* = (y / a_1) e_1} is the
 * unique nonnegative l1 minimizer (dual certificate {@code mu = 1 / a_1}: {@code a_1 mu = 1},
 * {@code a_j mu < 1}), {@code S = {1}}, and for {@code n in N} ({@code n_1 = -sum_{j >= 2} a_j n_j
 * / a_1}, {@code n_j >= 0}): {@code rho = max_{j >= 2} a_j / a_1},
 * {@code rhoTilde = max_{j >= 2} |a_j| / a_1}, {@code rhoMinus = max(0, rho)}, {@code kappa = 1},
 * witness {@code m = e_k - (a_k / a_1) e_1} with k the first maximizer of a_j.
 *
 * <p><b>Block diagonal.</b> {@code A = diag(r_1, ..., r_K)} with single-row blocks as above
 * (independent coordinates, one row each) and {@code y = (y_1, ..., y_K)}. x* is the
 * concatenation of the blocks' minimizers, S the union of the blocks' first coordinates,
 * {@code N} the product of the blocks' cones, so (mediant inequality) rho, rhoTilde and rhoMinus
 * are the maxima of the blocks' constants, kappa = max_k (y_k / a_{k,1}) / min_k (y_k / a_{k,1}),
 * and the witness is the maximizing block's witness padded with zeros.
 *
 * <p>Spec: {@code MS:asm-II.1}, {@code MS:eq-II.1}, {@code MS:eq-II.2}, {@code MS:def-II.1}.
 */
public final class ClosedFormFamilies {

  private ClosedFormFamilies() {}

  /**
   * The single-row instance {@code A = [a]}, {@code y}.
   *
   * @throws IllegalArgumentException unless {@code a.length >= 2}, {@code a[0] > 0},
   *     {@code a[j] < a[0]} for {@code j >= 1} and {@code y > 0}
   */
  public static ClosedFormInstance singleRow(long[] a, BigRational y) {
    return blockDiagonal(List.of(a), new BigRational[] {y});
  }

  /**
   * The block-diagonal instance with single-row blocks {@code rows.get(k)} and right sides
   * {@code y[k]}; each block must satisfy the conditions of {@link #singleRow}.
   */
  public static ClosedFormInstance blockDiagonal(List<long[]> rows, BigRational[] y) {
    if (rows.isEmpty() || rows.size() != y.length) {
      throw new IllegalArgumentException("need one right side per block, at least one block");
    }
    int d = 0;
    for (int k = 0; k < rows.size(); k++) {
      long[] a = rows.get(k);
      if (a.length < 2 || a[0] <= 0 || y[k].signum() <= 0) {
        throw new IllegalArgumentException("block " + k + ": need d >= 2, a_1 > 0, y > 0");
      }
      for (int j = 1; j < a.length; j++) {
        if (a[j] >= a[0]) {
          throw new IllegalArgumentException("block " + k + ": need a_j < a_1 for j >= 2");
        }
      }
      d += a.length;
    }
    int blocks = rows.size();
    BigRational[][] matrix = new BigRational[blocks][d];
    for (BigRational[] row : matrix) {
      Arrays.fill(row, BigRational.ZERO);
    }
    BigRational[] xStar = new BigRational[d];
    BigRational[] mu = new BigRational[blocks];
    BigRational[] kernel = new BigRational[d];
    BigRational[] positive = new BigRational[d];
    BigRational[] witness = new BigRational[d];
    Arrays.fill(witness, BigRational.ZERO);
    int[] support = new int[blocks];
    // below every block's rho, so that the first block's witness is taken
    BigRational rho = BigRational.of(-1 - maxAbsEntry(rows));
    BigRational rhoTilde = BigRational.ZERO;
    BigRational rhoMinus = BigRational.ZERO;
    BigRational minX = y[0].divide(BigRational.of(rows.get(0)[0]));
    BigRational maxX = minX;
    int offset = 0;
    for (int k = 0; k < blocks; k++) {
      long[] a = rows.get(k);
      BigRational a1 = BigRational.of(a[0]);
      support[k] = offset;
      xStar[offset] = y[k].divide(a1);
      minX = minX.min(xStar[offset]);
      maxX = maxX.max(xStar[offset]);
      mu[k] = a1.reciprocal();
      long sum = 0;
      long absSum = 0;
      int best = 1;
      long maxAbs = 0;
      for (int j = 0; j < a.length; j++) {
        matrix[k][offset + j] = BigRational.of(a[j]);
        if (j >= 1) {
          xStar[offset + j] = BigRational.ZERO;
          kernel[offset + j] = BigRational.ONE;
          sum += a[j];
          absSum += Math.abs(a[j]);
          maxAbs = Math.max(maxAbs, Math.abs(a[j]));
          if (a[j] > a[best]) {
            best = j;
          }
        }
      }
      kernel[offset] = BigRational.of(-sum).divide(a1);
      BigRational t = y[k].divide(BigRational.of(2 * (1 + absSum)));
      for (int j = 0; j < a.length; j++) {
        positive[offset + j] = xStar[offset + j].add(t.multiply(kernel[offset + j]));
      }
      BigRational blockRho = BigRational.of(a[best]).divide(a1);
      if (blockRho.compareTo(rho) > 0) {
        rho = blockRho;
        Arrays.fill(witness, BigRational.ZERO);
        witness[offset + best] = BigRational.ONE;
        witness[offset] = blockRho.negate();
      }
      rhoTilde = rhoTilde.max(BigRational.of(maxAbs).divide(a1));
      rhoMinus = rhoMinus.max(blockRho);
      offset += a.length;
    }
    RationalMatrix aMatrix = RationalMatrix.of(matrix);
    KnownMinimizerInstance problem = new KnownMinimizerInstance(
        EntropyProjectionProblem.of(aMatrix, y), xStar, mu, kernel, positive);
    return new ClosedFormInstance(problem, new RateConstants(support, xStar,
        rho, rhoTilde, rhoMinus, maxX.divide(minX), witness));
  }

  private static long maxAbsEntry(List<long[]> rows) {
    long max = 0;
    for (long[] row : rows) {
      for (long v : row) {
        max = Math.max(max, Math.abs(v));
      }
    }
    return max;
  }

  private static long[] randomRow(Draws draws, int maxLength) {
    int d = draws.intBetween(2, maxLength);
    long[] a = new long[d];
    a[0] = draws.between(1, 8);
    for (int j = 1; j < d; j++) {
      a[j] = draws.between(-8, a[0] - 1);
    }
    return a;
  }

  private static BigRational positiveRational(Draws draws) {
    return BigRational.of(draws.between(1, 40), draws.between(1, 8));
  }

  /**
   * Single-row instances: d in [2, 8], a_1 in [1, 8], a_j integer in [-8, a_1 - 1] (so rho ranges
   * over [-8, 7/8] and may be negative), y rational in [1/8, 40].
   */
  public static InstanceFamily<ClosedFormInstance> singleRowFamily() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "single row A = [a_1 > a_j], a_1 in [1, 8], a_j in [-8, a_1 - 1], d <= 8, y > 0";
      }

      @Override
      public ClosedFormInstance draw(Draws draws) {
        return singleRow(randomRow(draws, 8), positiveRational(draws));
      }
    };
  }

  /**
   * Block-diagonal instances: 2 or 3 single-row blocks as in {@link #singleRowFamily()} of length
   * at most 4 each, independent rational y_k in [1/8, 40] (so kappa > 1 in general and |S| >= 2).
   */
  public static InstanceFamily<ClosedFormInstance> blockDiagonalFamily() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "block diagonal, 2-3 single-row blocks of length <= 4, |S| = blocks, y_k > 0";
      }

      @Override
      public ClosedFormInstance draw(Draws draws) {
        int blocks = draws.intBetween(2, 3);
        List<long[]> rows = new ArrayList<>();
        BigRational[] y = new BigRational[blocks];
        for (int k = 0; k < blocks; k++) {
          rows.add(randomRow(draws, 4));
          y[k] = positiveRational(draws);
        }
        return blockDiagonal(rows, y);
      }
    };
  }
}
