package org.tacit.group.family;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.group.model.DecompositionInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupState;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * States of Algorithm 1 for the exact decompositions of LNHW Appendices C.3 and C.4
 * ({@code LNHW:rem-C.3.1}, {@code LNHW:rem-C.4.1}), built so that the normalisation of the
 * v-step is rational: {@code L} in {@code [2, 4]} groups of sizes {@code [1, 3]}
 * ({@code p <= 12}); {@code Sigma = I + Delta}, entries of {@code Delta} {@code k/400},
 * {@code |k| <= 4} (row sums below {@code 12/100}, so positive definite by Gershgorin); at least
 * one support group ({@code (u_l*)^2 = k/4 in [1, 4]}, Pythagorean {@code v_l*}) and, for
 * {@code L >= 2}, at least one off-support group; {@code u_l = k/8 in [1/8, 2]}, Pythagorean
 * {@code v_l}; {@code gamma = k/100 in [1/100, 1/10]}.
 *
 * <p>The noise is the free parameter that makes the step rational: with {@code eta = 1/u_l^4},
 * {@code u_l^2 z_l(t+1) = m_l + g_l} with {@code m_l = u_l^2 v_l + (Sigma (w* - w))_l}; the
 * family sets {@code g_l = rho_l d_l - m_l} with {@code d_l} a rational unit vector near
 * {@code m_l / ||m_l||} and {@code rho_l} a positive multiple of {@code 1/64} near
 * {@code ||m_l||}, so {@code ||z_l|| = rho_l / u_l^2} is rational and {@code v_l(t+1) = d_l}.
 */
public final class PerturbationDecompositionFamilies {

  private PerturbationDecompositionFamilies() {}

  /** The family described above. */
  public static InstanceFamily<DecompositionInstance> rationalSteps() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Algorithm 1 states, Sigma = I + Delta (|Delta_ij| <= 1/100), L in [2, 4],"
            + " p_l <= 3, noise making ||z_l(t+1)|| rational";
      }

      @Override
      public DecompositionInstance draw(Draws draws) {
        GroupPartition groups = GramDraws.smallPartition(draws);
        int groupCount = groups.groupCount();
        int p = groups.dimension();
        BigRational[][] sigma = GramDraws.perturbedIdentity(draws, p);
        int forcedSupport = draws.intBetween(0, groupCount - 1);
        int forcedOff = (forcedSupport + draws.intBetween(1, groupCount - 1)) % groupCount;
        BigRational[] uStarSquared = new BigRational[groupCount];
        BigRational[] vStar = new BigRational[p];
        BigRational[] u = new BigRational[groupCount];
        BigRational[] v = new BigRational[p];
        Arrays.fill(vStar, BigRational.ZERO);
        for (int l = 0; l < groupCount; l++) {
          boolean support = l == forcedSupport || (l != forcedOff && draws.coin());
          uStarSquared[l] = support ? BigRational.of(draws.between(4, 16), 4) : BigRational.ZERO;
          if (support) {
            place(vStar, groups, l, RationalSphere.unitDirection(draws, groups.size(l)));
          }
          u[l] = BigRational.of(draws.between(1, 16), 8);
          place(v, groups, l, RationalSphere.unitDirection(draws, groups.size(l)));
        }
        BigRational[] zeroNoise = new BigRational[p];
        Arrays.fill(zeroNoise, BigRational.ZERO);
        GroupState noiseless = new GroupState(groups, sigma, uStarSquared, vStar, zeroNoise, u, v);
        BigRational[] residual = noiseless.residualCorrelation(u, v);
        BigRational[] noise = new BigRational[p];
        for (int l = 0; l < groupCount; l++) {
          int[] members = groups.members(l);
          BigRational ul2 = u[l].multiply(u[l]);
          BigRational[] m = new BigRational[members.length];
          double[] approx = new double[members.length];
          double norm = 0;
          for (int k = 0; k < members.length; k++) {
            m[k] = ul2.multiply(v[members[k]]).add(residual[members[k]]);
            approx[k] = m[k].doubleValue();
            norm += approx[k] * approx[k];
          }
          norm = Math.sqrt(norm);
          if (norm == 0) {
            approx[0] = 1;
          }
          BigRational[] d = RationalSphere.nearUnit(approx, 64);
          BigRational rho = BigRational.of(Math.max(1, Math.round(norm * 64)), 64);
          for (int k = 0; k < members.length; k++) {
            noise[members[k]] = rho.multiply(d[k]).subtract(m[k]);
          }
        }
        return new DecompositionInstance(
            new GroupState(groups, sigma, uStarSquared, vStar, noise, u, v),
            BigRational.of(draws.between(1, 10), 100));
      }
    };
  }

  private static void place(BigRational[] target, GroupPartition groups, int l,
      BigRational[] direction) {
    int[] members = groups.members(l);
    for (int k = 0; k < members.length; k++) {
      target[members[k]] = direction[k];
    }
  }
}
