package org.tacit.group.family;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.OffSupportBoundInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * States meeting the hypotheses of LNHW Eq. (8) by construction ({@code LNHW:eq-8},
 * {@code LNHW:rem-C.4.1}): {@code L} in {@code [2, 4]} groups of sizes {@code [1, 3]}, at least
 * one support and one off-support group, {@code (u_l*)^2 = k/4 in [1, 4]}; {@code delta_in},
 * {@code delta_out} the largest values allowed and {@code Sigma} with blocks of those Frobenius
 * norms (as {@link PerturbationBoundFamilies}); {@code alpha = j (u*_min)^2/(320 L)},
 * {@code j in [1, 4]}; off-support {@code u_l^2 <= alpha} (often the largest multiple of
 * {@code 1/1000}); support {@code u_l^2 <= (3/2)(u_l*)^2} (often the largest multiple of
 * {@code 1/1000}) with any unit direction (also far from {@code v_l*}); the noise a Pythagorean
 * direction times {@code k/64}, {@code k in [0, 8]}, so {@code ||X_l^T xi/n||_2} is rational.
 */
public final class OffSupportPerturbationFamilies {

  private OffSupportPerturbationFamilies() {}

  /** The family described above. */
  public static InstanceFamily<OffSupportBoundInstance> corrected() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "off-support states: L in [2, 4], p_l <= 3, extreme deltas, u^2 <= alpha off S,"
            + " u^2 <= (3/2)(u*)^2 on S, Pythagorean noise";
      }

      @Override
      public OffSupportBoundInstance draw(Draws draws) {
        GroupPartition groups = GramDraws.smallPartition(draws);
        int groupCount = groups.groupCount();
        int p = groups.dimension();
        int forcedSupport = draws.intBetween(0, groupCount - 1);
        int forcedOff = (forcedSupport + draws.intBetween(1, groupCount - 1)) % groupCount;
        BigRational[] uStarSquared = new BigRational[groupCount];
        int s = 0;
        BigRational uMin2 = BigRational.of(4);
        BigRational uMax2 = BigRational.ZERO;
        for (int l = 0; l < groupCount; l++) {
          boolean support = l == forcedSupport || (l != forcedOff && draws.coin());
          uStarSquared[l] = support ? BigRational.of(draws.between(4, 16), 4) : BigRational.ZERO;
          if (support) {
            s++;
            uMin2 = uMin2.min(uStarSquared[l]);
            uMax2 = uMax2.max(uStarSquared[l]);
          }
        }
        BigRational deltaIn = uMin2.divide(BigRational.of(120).multiply(uMax2));
        BigRational deltaOut = deltaIn.divide(BigRational.of(s));
        BigRational[][] sigma = PerturbationBoundFamilies.gram(groups, deltaIn, deltaOut, draws);
        BigRational alpha = uMin2.multiply(BigRational.of(draws.between(1, 4), 320L
            * groupCount));
        BigRational[] vStar = new BigRational[p];
        BigRational[] v = new BigRational[p];
        BigRational[] noise = new BigRational[p];
        BigRational[] u = new BigRational[groupCount];
        Arrays.fill(vStar, BigRational.ZERO);
        for (int l = 0; l < groupCount; l++) {
          PerturbationBoundFamilies.place(v, groups, l,
              RationalSphere.unitDirection(draws, groups.size(l)));
          PerturbationBoundFamilies.place(noise, groups, l, PerturbationBoundFamilies.scaled(
              RationalSphere.unitDirection(draws, groups.size(l)),
              BigRational.of(draws.between(0, 8), 64)));
          BigRational limit = uStarSquared[l].signum() > 0
              ? BigRational.of(3, 2).multiply(uStarSquared[l]) : alpha;
          BigRational largest = RationalSphere.rootAtMost(limit, 1000);
          u[l] = draws.coin() ? largest
              : largest.multiply(BigRational.of(draws.between(1, 100), 100));
          if (uStarSquared[l].signum() > 0) {
            PerturbationBoundFamilies.place(vStar, groups, l,
                RationalSphere.unitDirection(draws, groups.size(l)));
          }
        }
        return new OffSupportBoundInstance(
            new GroupState(groups, sigma, uStarSquared, vStar, noise, u, v), alpha, deltaIn,
            deltaOut);
      }
    };
  }
}
