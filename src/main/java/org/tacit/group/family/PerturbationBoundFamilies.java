package org.tacit.group.family;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.PerturbationBoundInstance;
import org.tacit.group.model.PerturbationRegime;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * States meeting the corrected hypotheses of LNHW Lemmas 12, 13 and 17 by construction
 * ({@code LNHW:lem-12}, {@code LNHW:lem-13}, {@code LNHW:lem-17}):
 * <ul>
 *   <li>{@code tau} from a list whose cap boundary is rational where possible ({@code 10 - tau^2}
 *       a rational square for Lemmas 12/13: 1/37, 3/13, 31/85, 13/41; {@code tau(10 - tau)} for
 *       Lemma 17: 5/13, 1/5, 5/41; and 1/2, 1/4 or 1/10 near the boundary);
 *       {@code tau_0 = 1/k^2 <= tau} (a rational square), or {@code tau_0 = tau} for Lemmas
 *       12/13;
 *   <li>{@code L} in {@code [2, 4]} groups of sizes {@code [1, 3]} ({@code p <= 12}), at least
 *       one support and one off-support group, {@code (u_l*)^2 = k/4 in [1, 4]}, Pythagorean
 *       {@code v_l*};
 *   <li>{@code delta_in}, {@code delta_out} equal to the largest values the hypotheses allow,
 *       and {@code Sigma = I + Delta} whose diagonal (off-diagonal) blocks have Frobenius norm at
 *       most {@code delta_in} ({@code delta_out}): rank-one blocks {@code +- delta a b^T} with
 *       rational unit {@code a, b} (norm exactly delta) or integer blocks scaled below it;
 *   <li>support magnitudes {@code u_l = k/1000} with {@code u_l^2} within the accuracy, often
 *       at its ends; directions {@code v_l(t)}, {@code v_l(t+1)} in the cap (rational points,
 *       often on or next to its boundary, {@link RationalSphere#inCap});
 *   <li>{@code alpha = j tau_0 (u*_min)^2 / (4L)}, off-support {@code u_l'^2 <= alpha} (often
 *       the largest multiple of {@code 1/1000} allowed); noise {@code g_l} a Pythagorean
 *       direction of norm {@code (j/8) tau_0 (u_l*)^2/80}.
 * </ul>
 */
public final class PerturbationBoundFamilies {

  private static final BigRational[] TAUS_12 = {BigRational.of(1, 37), BigRational.of(3, 13),
      BigRational.of(31, 85), BigRational.of(13, 41), BigRational.of(1, 2), BigRational.of(1, 4)};

  private static final BigRational[] TAUS_17 = {BigRational.of(5, 13), BigRational.of(1, 5),
      BigRational.of(5, 41), BigRational.of(1, 2), BigRational.of(1, 10)};

  private PerturbationBoundFamilies() {}

  /** The family of the regime's lemma, described above. */
  public static InstanceFamily<PerturbationBoundInstance> corrected(PerturbationRegime regime) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return regime.specId() + " states: tau with rational cap boundary, L in [2, 4],"
            + " p_l <= 3, extreme deltas, magnitudes and caps";
      }

      @Override
      public PerturbationBoundInstance draw(Draws draws) {
        return drawState(regime, draws);
      }
    };
  }

  private static PerturbationBoundInstance drawState(PerturbationRegime regime, Draws draws) {
    BigRational[] taus = regime == PerturbationRegime.LEMMA_17 ? TAUS_17 : TAUS_12;
    BigRational tau = taus[draws.intBetween(0, taus.length - 1)];
    int k = 2;
    while (BigRational.of(1, (long) k * k).compareTo(tau) > 0) {
      k++;
    }
    k += draws.intBetween(0, 4);
    BigRational sqrtTau0 = BigRational.of(1, k);
    if (regime != PerturbationRegime.LEMMA_17 && draws.between(0, 2) == 0) {
      sqrtTau0 = BigRational.ONE;
    }
    BigRational tau0 = sqrtTau0.equals(BigRational.ONE) ? tau : sqrtTau0.multiply(sqrtTau0);
    BigRational deltaFactor = regime.deltaFactor(sqrtTau0);

    int groupCount = draws.intBetween(2, 4);
    int[] sizes = new int[groupCount];
    for (int l = 0; l < groupCount; l++) {
      sizes[l] = draws.intBetween(1, 3);
    }
    GroupPartition groups = GroupPartition.ofSizes(sizes);
    int p = groups.dimension();
    int forcedSupport = draws.intBetween(0, groupCount - 1);
    int forcedOff = (forcedSupport + draws.intBetween(1, groupCount - 1)) % groupCount;
    BigRational[] uStarSquared = new BigRational[groupCount];
    int s = 0;
    for (int l = 0; l < groupCount; l++) {
      boolean support = l == forcedSupport || (l != forcedOff && draws.coin());
      uStarSquared[l] = support ? BigRational.of(draws.between(4, 16), 4) : BigRational.ZERO;
      s += support ? 1 : 0;
    }
    BigRational uMin2 = BigRational.of(4);
    BigRational uMax2 = BigRational.ZERO;
    for (BigRational value : uStarSquared) {
      if (value.signum() > 0) {
        uMin2 = uMin2.min(value);
        uMax2 = uMax2.max(value);
      }
    }
    BigRational ratio = uMin2.divide(BigRational.of(120).multiply(uMax2)).multiply(deltaFactor);
    BigRational deltaIn = ratio;
    BigRational deltaOut = ratio.divide(BigRational.of(s));
    BigRational[][] sigma = gram(groups, deltaIn, deltaOut, draws);

    BigRational slack = regime.capSlack(tau);
    BigRational accuracy = regime.magnitudeAccuracy(tau);
    BigRational alpha = tau0.multiply(uMin2).multiply(BigRational.of(draws.between(1, 4), 4))
        .divide(BigRational.of(groupCount));
    BigRational[] vStar = new BigRational[p];
    BigRational[] v = new BigRational[p];
    BigRational[] next = new BigRational[p];
    BigRational[] noise = new BigRational[p];
    BigRational[] u = new BigRational[groupCount];
    Arrays.fill(vStar, BigRational.ZERO);
    for (int l = 0; l < groupCount; l++) {
      BigRational noiseScale = tau0.multiply(uStarSquared[l].signum() > 0 ? uStarSquared[l]
          : uMin2).divide(BigRational.of(80)).multiply(BigRational.of(draws.between(0, 8), 8));
      place(noise, groups, l, scaled(RationalSphere.unitDirection(draws, sizes[l]),
          noiseScale));
      if (uStarSquared[l].signum() > 0) {
        BigRational[] centre = RationalSphere.unitDirection(draws, sizes[l]);
        place(vStar, groups, l, centre);
        place(v, groups, l, RationalSphere.inCap(centre, slack, draws, draws.coin()));
        place(next, groups, l, RationalSphere.inCap(centre, slack, draws, draws.coin()));
        u[l] = magnitude(uStarSquared[l], accuracy, draws);
      } else {
        place(v, groups, l, RationalSphere.unitDirection(draws, sizes[l]));
        place(next, groups, l, RationalSphere.unitDirection(draws, sizes[l]));
        BigRational largest = RationalSphere.rootAtMost(alpha, 1000);
        u[l] = draws.coin() ? largest
            : largest.multiply(BigRational.of(draws.between(0, 100), 100));
      }
    }
    GroupState state = new GroupState(groups, sigma, uStarSquared, vStar, noise, u, v);
    return new PerturbationBoundInstance(state, next, tau, tau0, alpha, deltaIn, deltaOut);
  }

  /** {@code u} with {@code |u^2 - target| <= accuracy * target}, often at an end. */
  private static BigRational magnitude(BigRational target, BigRational accuracy, Draws draws) {
    BigRational low = RationalSphere.rootAtLeast(
        BigRational.ONE.subtract(accuracy).multiply(target), 1000);
    BigRational high = RationalSphere.rootAtMost(
        BigRational.ONE.add(accuracy).multiply(target), 1000);
    return switch (draws.intBetween(0, 2)) {
      case 0 -> low;
      case 1 -> high;
      default -> low.add(high.subtract(low).multiply(BigRational.of(draws.between(0, 100),
          100)));
    };
  }

  /**
   * {@code I + Delta} with diagonal blocks of Frobenius norm at most {@code deltaIn} and
   * off-diagonal blocks at most {@code deltaOut}.
   */
  static BigRational[][] gram(GroupPartition groups, BigRational deltaIn,
      BigRational deltaOut, Draws draws) {
    int p = groups.dimension();
    BigRational[][] sigma = new BigRational[p][p];
    for (BigRational[] row : sigma) {
      Arrays.fill(row, BigRational.ZERO);
    }
    for (int i = 0; i < p; i++) {
      sigma[i][i] = BigRational.ONE;
    }
    int groupCount = groups.groupCount();
    for (int l = 0; l < groupCount; l++) {
      for (int m = l; m < groupCount; m++) {
        BigRational delta = l == m ? deltaIn : deltaOut;
        int[] rows = groups.members(l);
        int[] cols = groups.members(m);
        BigRational[][] block = new BigRational[rows.length][cols.length];
        if (draws.coin()) {
          BigRational[] a = RationalSphere.unitDirection(draws, rows.length);
          BigRational[] b = l == m ? a : RationalSphere.unitDirection(draws, cols.length);
          BigRational sign = draws.coin() ? delta : delta.negate();
          for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
              block[i][j] = sign.multiply(a[i]).multiply(b[j]);
            }
          }
        } else {
          BigRational scale = delta.divide(BigRational.of(3L * Math.max(rows.length,
              cols.length)));
          for (int i = 0; i < rows.length; i++) {
            for (int j = l == m ? i : 0; j < cols.length; j++) {
              block[i][j] = scale.multiply(BigRational.of(draws.between(-3, 3)));
              if (l == m) {
                block[j][i] = block[i][j];
              }
            }
          }
        }
        for (int i = 0; i < rows.length; i++) {
          for (int j = 0; j < cols.length; j++) {
            sigma[rows[i]][cols[j]] = sigma[rows[i]][cols[j]].add(block[i][j]);
            if (l != m) {
              sigma[cols[j]][rows[i]] = block[i][j];
            }
          }
        }
      }
    }
    return sigma;
  }

  /** {@code scale * direction}. */
  static BigRational[] scaled(BigRational[] direction, BigRational scale) {
    BigRational[] result = new BigRational[direction.length];
    for (int k = 0; k < result.length; k++) {
      result[k] = direction[k].multiply(scale);
    }
    return result;
  }

  /** Writes {@code values} into the coordinates of group {@code l} of {@code target}. */
  static void place(BigRational[] target, GroupPartition groups, int l,
      BigRational[] values) {
    int[] members = groups.members(l);
    for (int k = 0; k < members.length; k++) {
      target[members[k]] = values[k];
    }
  }
}
