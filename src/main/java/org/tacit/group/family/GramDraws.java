package org.tacit.group.family;

import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.verify.Draws;

/**
 * The draws the Gram-form LNHW families share: a partition of {@code L} in {@code [2, 4]} groups of
 * sizes in {@code [1, 3]}, and a rational {@code Sigma = I + Delta} with {@code Delta} symmetric,
 * entries {@code k/400}, {@code |k| <= 4} (every row of {@code Delta} has absolute sum at most
 * {@code 12 * 0.01 < 1}, so {@code Sigma} is positive definite by Gershgorin).
 */
final class GramDraws {

  private GramDraws() {}

  /** {@code L} in {@code [2, 4]} contiguous groups of sizes in {@code [1, 3]}. */
  static GroupPartition smallPartition(Draws draws) {
    int groupCount = draws.intBetween(2, 4);
    int[] sizes = new int[groupCount];
    for (int l = 0; l < groupCount; l++) {
      sizes[l] = draws.intBetween(1, 3);
    }
    return GroupPartition.ofSizes(sizes);
  }

  /** {@code I + Delta}, {@code p x p}, as described above (lower triangle drawn row by row). */
  static BigRational[][] perturbedIdentity(Draws draws, int p) {
    BigRational[][] sigma = new BigRational[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        BigRational delta = BigRational.of(draws.between(-4, 4), 400);
        sigma[i][j] = i == j ? BigRational.ONE.add(delta) : delta;
        sigma[j][i] = sigma[i][j];
      }
    }
    return sigma;
  }
}
