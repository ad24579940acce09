package org.tacit.group.family;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.group.model.SupportErrorState;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * States meeting the phase-2 milestones of the proof of LNHW Theorem 3, by construction:
 * {@code (u*_max)^2 = k/4} ({@code k} in {@code [4, 40]}), {@code (u_l*)^2 = (u*_max)^2 j/8}
 * ({@code j} in {@code [1, 8]}), {@code zeta = (u_l*)^2 i/16} ({@code i} in {@code [1, 16]}), so
 * {@code m_0 >= 0}; {@code u_l^2 = (u_l*)^2 + d} with {@code |d| <= min(2^{-m_0} (u*_max)^2,
 * (7/8)(u_l*)^2)} on a grid of eighths (so {@code u_l^2 > 0}); {@code v_l* = e_1} and
 * {@code v_l} the inverse stereographic image {@code ((1 - |t|^2), 2t)/(1 + |t|^2)} of
 * {@code t = 2^{-m_0} a / 20} with integer {@code |a_j| <= 4}, so {@code 1 - <v, v*> =
 * 2|t|^2/(1 + |t|^2) <= 2|t|^2 <= (1/5) 2^{-2 m_0}}; then a common random signed permutation of
 * the coordinates. Group sizes {@code p_l} in {@code [1, 3]}.
 *
 * <p>Spec: {@code LNHW:eq-9}, {@code LNHW:rem-D.1.1}.
 */
public final class SupportErrorFamilies {

  private SupportErrorFamilies() {}

  /** The family described above. */
  public static InstanceFamily<SupportErrorState> milestones() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "phase-2 milestone states: (u*_max)^2 in [1, 10], zeta <= (u*)^2, |u^2 - (u*)^2|"
            + " <= 2^{-m_0}(u*_max)^2, <v, v*> >= 1 - 2^{-2m_0}/5, p_l <= 3";
      }

      @Override
      public SupportErrorState draw(Draws draws) {
        BigRational uMax = BigRational.of(draws.between(4, 40), 4);
        BigRational uStar = uMax.multiply(BigRational.of(draws.between(1, 8), 8));
        BigRational zeta = uStar.multiply(BigRational.of(draws.between(1, 16), 16));
        SupportErrorState draft = new SupportErrorState(uStar, uMax, zeta, uStar,
            new BigRational[] {BigRational.ONE}, new BigRational[] {BigRational.ONE});
        BigRational scale = SupportErrorState.halfPower(draft.halvings());
        BigRational room = scale.multiply(uMax).min(uStar.multiply(BigRational.of(7, 8)));
        BigRational uSquared = uStar.add(room.multiply(BigRational.of(draws.between(-8, 8), 8)));
        int size = draws.intBetween(1, 3);
        BigRational[] t = new BigRational[size - 1];
        BigRational tSquared = BigRational.ZERO;
        for (int j = 0; j < t.length; j++) {
          t[j] = scale.multiply(BigRational.of(draws.between(-4, 4), 20));
          tSquared = tSquared.add(t[j].multiply(t[j]));
        }
        BigRational denominator = BigRational.ONE.add(tSquared);
        BigRational[] v = new BigRational[size];
        BigRational[] vStar = new BigRational[size];
        Arrays.fill(vStar, BigRational.ZERO);
        vStar[0] = BigRational.ONE;
        v[0] = BigRational.ONE.subtract(tSquared).divide(denominator);
        for (int j = 0; j < t.length; j++) {
          v[j + 1] = BigRational.TWO.multiply(t[j]).divide(denominator);
        }
        int[] order = draws.permutation(size);
        BigRational[] permutedV = new BigRational[size];
        BigRational[] permutedStar = new BigRational[size];
        for (int j = 0; j < size; j++) {
          boolean flip = draws.coin();
          permutedV[order[j]] = flip ? v[j].negate() : v[j];
          permutedStar[order[j]] = flip ? vStar[j].negate() : vStar[j];
        }
        return new SupportErrorState(uStar, uMax, zeta, uSquared, permutedV, permutedStar);
      }
    };
  }
}
