package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.SupportErrorState;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Eq. (9), the last step of the support-group bound in the proof of Theorem 3, decided
 * exactly. At {@code T_2} the proof has (rem-D.1.1) {@code |u_l^2 - (u_l*)^2| <= 2^{-m_0}
 * (u*_max)^2} and {@code <v_l, v_l*> >= 1 - (1/5) 2^{-2 m_0}}, with {@code m_0 =
 * floor(log_2((u*_max)^2/zeta))}, and concludes, with {@code E = u_l^2 v_l - (u_l*)^2 v_l*},
 *
 * <pre>
 * ||E||_inf <= ||E||_2 <= |u_l^2 - (u_l*)^2| + (u_l*)^2 sqrt(2 - 2 <v_l, v_l*>)
 *           <= 2^{-m_0} (u*_max)^2 + (u_l*)^2 (2/5) 2^{-m_0} <= 2 zeta.
 * </pre>
 *
 * <p>The third step is wrong: the direction milestone gives {@code sqrt(2 - 2<v, v*>) <=
 * sqrt(2/5) 2^{-m_0}}, not {@code (2/5) 2^{-m_0}}, and with {@code 2^{-m_0} (u*_max)^2 <= 2 zeta}
 * the chain ends at {@code (1 + sqrt(2/5)) 2 zeta ~ 3.27 zeta}; even the printed intermediate
 * gives {@code 2.8 zeta}, not {@code 2 zeta} (erratum of {@code LNHW:eq-9}, {@link
 * StatementForm#PRINTED}). The corrected chain ({@link StatementForm#CORRECTED}, registered) ends
 * at {@code 2^{-m_0} (u*_max)^2 + (u_l*)^2 sqrt(2/5) 2^{-m_0} <= (2 + 2 sqrt(2/5)) zeta}. Square
 * roots are never taken: {@code A + B sqrt(r) >= X} with {@code B >= 0} is decided as
 * {@code (X - A)|X - A| <= B^2 r}, and {@code sqrt(N) <= a + b} with {@code a, b >= 0} (b given by
 * its square) as {@code (N - a^2 - b^2)|N - a^2 - b^2| <= 4 a^2 b^2}. Tolerance 0; O(p).
 *
 * <p>Spec: {@code LNHW:eq-9}, {@code LNHW:rem-D.1.1}.
 */
public final class SupportErrorStepChecker extends TheoremChecker<SupportErrorState> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:eq-9";

  private static final BigRational TWO_FIFTHS = BigRational.of(2, 5);

  private final StatementForm form;

  /** The corrected chain (registered). */
  public SupportErrorStepChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form of the chain. */
  public SupportErrorStepChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(SupportErrorState state) {
    return state.toString();
  }

  @Override
  protected List<Check> evaluate(SupportErrorState state, Hypotheses hypotheses) {
    BigRational[] v = state.v();
    BigRational[] vStar = state.vStar();
    if (!hypotheses.require("||v_l|| = ||v_l*|| = 1", v.length == vStar.length && v.length > 0
            && SupportErrorState.dot(v, v).equals(BigRational.ONE)
            && SupportErrorState.dot(vStar, vStar).equals(BigRational.ONE))
        || !hypotheses.require("0 < zeta <= (u_l*)^2 <= (u*_max)^2", state.zeta().signum() > 0
            && state.zeta().compareTo(state.uStarSquared()) <= 0
            && state.uStarSquared().compareTo(state.uStarMaxSquared()) <= 0)
        || !hypotheses.require("u_l^2 > 0", state.uSquared().signum() > 0)) {
      return List.of();
    }
    int m0 = state.halvings();
    BigRational scale = SupportErrorState.halfPower(m0);
    BigRational magnitudeError = state.uSquared().subtract(state.uStarSquared()).abs();
    BigRational cosine = SupportErrorState.dot(v, vStar);
    BigRational directionFloor = BigRational.ONE.subtract(
        BigRational.of(1, 5).multiply(scale).multiply(scale));
    if (!hypotheses.require("|u_l^2 - (u_l*)^2| <= 2^{-m_0} (u*_max)^2 (rem-D.1.1)",
            magnitudeError.compareTo(scale.multiply(state.uStarMaxSquared())) <= 0)
        || !hypotheses.require("<v_l, v_l*> >= 1 - (1/5) 2^{-2 m_0} (rem-D.1.1)",
            cosine.compareTo(directionFloor) >= 0)) {
      return List.of();
    }
    BigRational[] error = state.error();
    BigRational maxSquared = BigRational.ZERO;
    BigRational normSquared = BigRational.ZERO;
    BigRational maxAbs = BigRational.ZERO;
    for (BigRational entry : error) {
      BigRational square = entry.multiply(entry);
      maxSquared = maxSquared.max(square);
      normSquared = normSquared.add(square);
      maxAbs = maxAbs.max(entry.abs());
    }
    BigRational chordSquared = BigRational.TWO.subtract(BigRational.TWO.multiply(cosine));
    BigRational uStar = state.uStarSquared();
    List<Check> checks = new ArrayList<>();
    BigRational lowPower = state.zeta().divide(scale);
    checks.add(Check.lessOrEqual("LNHW:rem-D.1.1", "m_0 = floor(log_2((u*_max)^2/zeta)):"
        + " 2^{m_0} zeta <= (u*_max)^2", lowPower, state.uStarMaxSquared()));
    checks.add(Check.less("LNHW:rem-D.1.1", "(u*_max)^2 < 2^{m_0+1} zeta",
        state.uStarMaxSquared(), lowPower.multiply(BigRational.TWO)));
    checks.add(Check.lessOrEqual(SPEC_ID, "||E||_inf^2 <= ||E||_2^2", maxSquared, normSquared));
    checks.add(Check.equal(SPEC_ID, "||v - v*||^2 = 2 - 2<v, v*>", chordDistance(v, vStar),
        chordSquared));
    BigRational rootTermSquared = uStar.multiply(uStar).multiply(chordSquared);
    BigRational a = magnitudeError;
    checks.add(Check.lessOrEqual(SPEC_ID, "||E||_2 <= |u^2 - (u*)^2| + (u*)^2 sqrt(2 - 2<v,v*>),"
        + " as (N - a^2 - b^2)|.| <= 4 a^2 b^2", signedSquare(normSquared.subtract(a.multiply(a))
        .subtract(rootTermSquared)), BigRational.of(4).multiply(a).multiply(a)
        .multiply(rootTermSquared)));
    if (form == StatementForm.PRINTED) {
      BigRational boundFactor = TWO_FIFTHS.multiply(scale);
      checks.add(Check.lessOrEqual(SPEC_ID, "sqrt(2 - 2<v,v*>) <= (2/5) 2^{-m_0} (printed)",
          chordSquared, boundFactor.multiply(boundFactor)));
      checks.add(Check.lessOrEqual(SPEC_ID, "||E||_inf <= 2 zeta (printed)", maxAbs,
          BigRational.TWO.multiply(state.zeta())));
      return checks;
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "sqrt(2 - 2<v,v*>) <= sqrt(2/5) 2^{-m_0}",
        chordSquared, TWO_FIFTHS.multiply(scale).multiply(scale)));
    BigRational first = scale.multiply(state.uStarMaxSquared());
    checks.add(Check.lessOrEqual(SPEC_ID, "2^{-m_0} (u*_max)^2 <= 2 zeta", first,
        BigRational.TWO.multiply(state.zeta())));
    BigRational excess = maxAbs.subtract(first);
    BigRational coefficient = uStar.multiply(scale);
    checks.add(Check.lessOrEqual(SPEC_ID, "||E||_inf <= 2^{-m_0}(u*_max)^2 + (u*)^2 sqrt(2/5)"
        + " 2^{-m_0}", signedSquare(excess),
        coefficient.multiply(coefficient).multiply(TWO_FIFTHS)));
    BigRational corrected = maxAbs.subtract(BigRational.TWO.multiply(state.zeta()));
    BigRational twoZeta = BigRational.TWO.multiply(state.zeta());
    checks.add(Check.lessOrEqual(SPEC_ID, "||E||_inf <= (2 + 2 sqrt(2/5)) zeta",
        signedSquare(corrected), twoZeta.multiply(twoZeta).multiply(TWO_FIFTHS)));
    return checks;
  }

  /** {@code ||v - v*||^2}. */
  private static BigRational chordDistance(BigRational[] v, BigRational[] vStar) {
    BigRational sum = BigRational.ZERO;
    for (int i = 0; i < v.length; i++) {
      BigRational d = v[i].subtract(vStar[i]);
      sum = sum.add(d.multiply(d));
    }
    return sum;
  }

  private static BigRational signedSquare(BigRational x) {
    return x.multiply(x.abs());
  }
}
