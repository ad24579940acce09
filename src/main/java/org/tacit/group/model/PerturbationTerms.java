package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * The four terms of the perturbation {@code b_{l,t}} of LNHW Appendix C.3 for a support group
 * {@code l}, each a vector of length {@code p_l}, at magnitudes {@code u} and directions
 * {@code v} (either {@code v(t)}, for {@code b_{l,t}}, or {@code v(t+1)}, for {@code e_{l,t}}):
 * <ul>
 *   <li>in-group {@code (Sigma_ll - I)((u_l*)^2 v_l* - u_l^2 v_l)};
 *   <li>cross-support {@code sum_{l' != l, l' in S} Sigma_ll' ((u_l'*)^2 v_l'* - u_l'^2 v_l')};
 *   <li>off-support {@code sum_{l' in S^c} Sigma_ll' u_l'^2 v_l'} (entering with a minus sign);
 *   <li>noise {@code X_l^T xi / n = g_l}.
 * </ul>
 * Then {@code b_{l,t} = inGroup + crossSupport - offSupport + noise}. Computed term by term from
 * the paper's expressions, independently of {@link GroupState#residualCorrelation}.
 *
 * <p>Exact; cost O(p_l p) big-number operations. Spec: {@code LNHW:rem-C.3.1},
 * {@code LNHW:lem-12}, {@code LNHW:lem-13}, {@code LNHW:lem-17}.
 *
 * @param inGroup the in-group term
 * @param crossSupport the cross-support term
 * @param offSupport the off-support term (before its minus sign)
 * @param noise the noise term
 */
public record PerturbationTerms(BigRational[] inGroup, BigRational[] crossSupport,
    BigRational[] offSupport, BigRational[] noise) {

  /** The terms of {@code b_l} for group {@code l} of {@code state} at {@code (u, v)}. */
  public static PerturbationTerms of(GroupState state, BigRational[] u, BigRational[] v, int l) {
    GroupPartition groups = state.groups();
    BigRational[][] sigma = state.sigma();
    int[] members = groups.members(l);
    BigRational[] gap = gap(state, u, v);
    BigRational[] inGroup = new BigRational[members.length];
    BigRational[] cross = new BigRational[members.length];
    BigRational[] off = new BigRational[members.length];
    BigRational[] noise = new BigRational[members.length];
    for (int k = 0; k < members.length; k++) {
      int i = members[k];
      BigRational in = BigRational.ZERO;
      BigRational crossSum = BigRational.ZERO;
      BigRational offSum = BigRational.ZERO;
      for (int j = 0; j < sigma.length; j++) {
        int m = groups.groupOf(j);
        if (m == l) {
          BigRational entry = i == j ? sigma[i][j].subtract(BigRational.ONE) : sigma[i][j];
          in = in.add(entry.multiply(gap[j]));
        } else if (state.inSupport(m)) {
          crossSum = crossSum.add(sigma[i][j].multiply(gap[j]));
        } else {
          offSum = offSum.add(sigma[i][j].multiply(u[m]).multiply(u[m]).multiply(v[j]));
        }
      }
      inGroup[k] = in;
      cross[k] = crossSum;
      off[k] = offSum;
      noise[k] = state.noise()[i];
    }
    return new PerturbationTerms(inGroup, cross, off, noise);
  }

  /**
   * {@code (u_m*)^2 v_m* - u_m^2 v_m} on every coordinate of a support group {@code m}, and zero
   * off the support.
   */
  public static BigRational[] gap(GroupState state, BigRational[] u, BigRational[] v) {
    GroupPartition groups = state.groups();
    BigRational[] gap = new BigRational[groups.dimension()];
    for (int i = 0; i < gap.length; i++) {
      int m = groups.groupOf(i);
      gap[i] = state.inSupport(m)
          ? state.uStarSquared()[m].multiply(state.vStar()[i])
              .subtract(u[m].multiply(u[m]).multiply(v[i]))
          : BigRational.ZERO;
    }
    return gap;
  }

  /** {@code b_l = inGroup + crossSupport - offSupport + noise}. */
  public BigRational[] total() {
    BigRational[] b = new BigRational[inGroup.length];
    for (int k = 0; k < b.length; k++) {
      b[k] = inGroup[k].add(crossSupport[k]).subtract(offSupport[k]).add(noise[k]);
    }
    return b;
  }

  /** {@code <d, term>} for a term of this decomposition and {@code d} given on the group. */
  public static BigRational dot(BigRational[] groupVector, BigRational[] term) {
    BigRational sum = BigRational.ZERO;
    for (int k = 0; k < term.length; k++) {
      sum = sum.add(groupVector[k].multiply(term[k]));
    }
    return sum;
  }

  /** The entries of the group {@code l} of a length-{@code p} vector, in group order. */
  public static BigRational[] restrict(GroupPartition groups, BigRational[] vector, int l) {
    int[] members = groups.members(l);
    BigRational[] part = new BigRational[members.length];
    for (int k = 0; k < members.length; k++) {
      part[k] = vector[members[k]];
    }
    return part;
  }

  /**
   * The off-support perturbation {@code e_{l,t}} of Appendix C.4 for {@code l in S^c}, by the
   * printed expression, at magnitudes {@code u} and directions {@code v}:
   * {@code -u_l^2 - u_l^2 v_l^T (Sigma_ll - I) v_l + v_l^T sum_{l' in S} Sigma_ll' ((u_l'*)^2 v_l'*
   * - u_l'^2 v_l') - v_l^T sum_{l' != l, l' in S^c} Sigma_ll' u_l'^2 v_l' + v_l^T g_l}, returned
   * term by term in that order (five values, the first two already signed).
   */
  public static BigRational[] offSupportTerms(GroupState state, BigRational[] u, BigRational[] v,
      int l) {
    GroupPartition groups = state.groups();
    BigRational[][] sigma = state.sigma();
    BigRational[] gap = gap(state, u, v);
    BigRational ul2 = u[l].multiply(u[l]);
    BigRational quadratic = BigRational.ZERO;
    BigRational support = BigRational.ZERO;
    BigRational otherOff = BigRational.ZERO;
    BigRational noise = BigRational.ZERO;
    for (int i : groups.members(l)) {
      noise = noise.add(v[i].multiply(state.noise()[i]));
      for (int j = 0; j < sigma.length; j++) {
        int m = groups.groupOf(j);
        if (m == l) {
          BigRational entry = i == j ? sigma[i][j].subtract(BigRational.ONE) : sigma[i][j];
          quadratic = quadratic.add(v[i].multiply(entry).multiply(v[j]));
        } else if (state.inSupport(m)) {
          support = support.add(v[i].multiply(sigma[i][j]).multiply(gap[j]));
        } else {
          otherOff = otherOff.add(v[i].multiply(sigma[i][j]).multiply(u[m]).multiply(u[m])
              .multiply(v[j]));
        }
      }
    }
    return new BigRational[] {ul2.negate(), ul2.multiply(quadratic).negate(), support,
        otherOff.negate(), noise};
  }

  /** The sum of {@link #offSupportTerms}: {@code e_{l,t}} for {@code l in S^c}. */
  public static BigRational offSupportPerturbation(GroupState state, BigRational[] u,
      BigRational[] v, int l) {
    BigRational sum = BigRational.ZERO;
    for (BigRational term : offSupportTerms(state, u, v, l)) {
      sum = sum.add(term);
    }
    return sum;
  }
}
