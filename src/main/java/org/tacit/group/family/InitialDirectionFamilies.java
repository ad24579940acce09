package org.tacit.group.family;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.InitialDirectionInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Gram-form instances of LNHW Lemma 3 meeting the corrected hypotheses by construction:
 * {@code L} in {@code [2, 4]} groups of sizes in {@code [1, 3]}; {@code Sigma = I + Delta} with
 * {@code Delta} symmetric, entries {@code k/400}, {@code |k| <= 4}, so every row of {@code Delta}
 * has absolute sum at most {@code 12 * 0.01 < 1} and {@code Sigma} is positive definite
 * (Gershgorin); {@code delta_in}, {@code delta_out} the smallest multiples of {@code 1/1000} above
 * the largest Frobenius norm of the diagonal / off-diagonal blocks of {@code Delta} (at most
 * {@code 3 * 0.01 = 0.03}); support groups with {@code ||w_l*||} in {@code [1, 4]} and a
 * Pythagorean direction (so norms are rational), the others zero; the noise correlation of group
 * {@code l} a Pythagorean direction times {@code k/200}, {@code k <= 20}. Then
 * {@code beta_l <= 0.03 + 0.03 * 3 * 4 + 0.1 < 1}.
 *
 * <p>Spec: {@code LNHW:lem-3}, {@code LNHW:rem-B.1}.
 */
public final class InitialDirectionFamilies {

  private InitialDirectionFamilies() {}

  /** The family described above. */
  public static InstanceFamily<InitialDirectionInstance> corrected() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Sigma = I + Delta (|Delta_ij| <= 1/100), L in [2, 4], p_l <= 3, ||w_l*|| in"
            + " [1, 4], Pythagorean directions, certified Frobenius deltas";
      }

      @Override
      public InitialDirectionInstance draw(Draws draws) {
        GroupPartition groups = GramDraws.smallPartition(draws);
        int groupCount = groups.groupCount();
        int p = groups.dimension();
        BigRational[][] sigma = GramDraws.perturbedIdentity(draws, p);
        int group = draws.intBetween(0, groupCount - 1);
        BigRational[] wStar = new BigRational[p];
        Arrays.fill(wStar, BigRational.ZERO);
        for (int l = 0; l < groupCount; l++) {
          if (l == group || draws.coin()) {
            place(wStar, groups, l, RationalSphere.unitDirection(draws, groups.size(l)),
                BigRational.of(draws.between(4, 16), 4));
          }
        }
        BigRational[] noise = new BigRational[p];
        Arrays.fill(noise, BigRational.ZERO);
        for (int l = 0; l < groupCount; l++) {
          place(noise, groups, l, RationalSphere.unitDirection(draws, groups.size(l)),
              BigRational.of(draws.between(0, 20), 200));
        }
        InitialDirectionInstance draft = new InitialDirectionInstance(groups, sigma, wStar, noise,
            group, BigRational.ZERO, BigRational.ZERO);
        return new InitialDirectionInstance(groups, sigma, wStar, noise, group,
            certifiedDelta(draft, true), certifiedDelta(draft, false));
      }
    };
  }

  private static void place(BigRational[] target, GroupPartition groups, int l,
      BigRational[] direction, BigRational magnitude) {
    int[] members = groups.members(l);
    for (int k = 0; k < members.length; k++) {
      target[members[k]] = direction[k].multiply(magnitude);
    }
  }

  /**
   * The smallest multiple of 1/1000 whose square is at least every squared Frobenius norm of the
   * diagonal ({@code within}) or off-diagonal blocks of {@code Sigma - I}: rounded up from a
   * 20-digit square root and then stepped up until the exact comparison holds.
   */
  private static BigRational certifiedDelta(InitialDirectionInstance draft, boolean within) {
    BigRational largest = BigRational.ZERO;
    int groupCount = draft.groups().groupCount();
    for (int l = 0; l < groupCount; l++) {
      for (int m = 0; m < groupCount; m++) {
        if ((l == m) == within) {
          largest = largest.max(draft.blockFrobeniusSquared(l, m));
        }
      }
    }
    BigDecimal root = largest.toBigDecimal(20).sqrt(new MathContext(20));
    long thousandths = root.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    BigRational delta = BigRational.of(thousandths, 1000);
    while (delta.multiply(delta).compareTo(largest) < 0) {
      delta = delta.add(BigRational.of(1, 1000));
    }
    return delta;
  }
}
