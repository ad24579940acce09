package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.CoordinateVectors;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.group.model.LieBracket;
import org.tacit.group.model.Polynomial;
import org.tacit.group.model.PolynomialField;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Appendix A, alternative proof of Theorem 1 (unnumbered remark {@code rem-A.3}), decided
 * exactly: for {@code i != j} in one group, {@code u := u_{g(i)}}, {@code a = g(i)},
 * {@code b = L + i}, {@code c = L + j}, with {@code Z = [grad G_i, grad G_j]} (Definition 1):
 * <ul>
 *   <li>{@link StatementForm#CORRECTED}: {@code dZ = 8u v_i E_{c,a} + 4u^2 E_{c,b} - 8u v_j E_{b,a}
 *       - 4u^2 E_{b,c}}; {@code [grad G_i, Z] = 8u^3 v_j e_a - 16u^2 v_i v_j e_b
 *       + (16u^2 v_i^2 + 4u^4) e_c}; {@code <grad G_j, [grad G_i, Z]> = 4u^4 (u^2 + 4v_i^2 + 4v_j^2)
 *       > 0};
 *   <li>{@link StatementForm#PRINTED}: the paper's {@code dZ = 8u v_j E_{b,a} + 4u^2 E_{b,c}
 *       - 8u v_i E_{c,a} - 4u^2 E_{c,b}}, {@code [grad G_i, Z] = 16u^2 v_i v_j e_b
 *       - (16u^2 v_i^2 + 4u^4) e_c - 8u^3 v_j e_a} and the value
 *       {@code -16u^4 v_j^2 - 16u^4 v_i^2 - 4u^6 < 0} (the sign error of {@code LNHW:rem-A.2}
 *       carried through: erratum).
 * </ul>
 * In both forms the conclusion the proof needs, {@code <grad G_j, [grad G_i, Z]> != 0} somewhere
 * in every open set, is checked: the pairing is the polynomial {@code +-4u^4(u^2 + 4v_i^2 + 4v_j^2)}
 * identically (a non-zero polynomial cannot vanish on an open set) and is non-zero at the point.
 * Everything is computed symbolically from Definition 1 and compared exactly. Cost:
 * {@code O(D^2)} polynomial operations, {@code D = L + p}.
 *
 * <p>Spec: {@code LNHW:rem-A.3}.
 */
public final class NestedBracketRemarkChecker extends TheoremChecker<GroupedPairInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:rem-A.3";

  /** Label of the Jacobian check. */
  public static final String JACOBIAN = "d[grad G_i, grad G_j](x) = closed form";

  /** Label of the nested-bracket check. */
  public static final String NESTED = "[grad G_i, [grad G_i, grad G_j]](x) = closed form";

  /** Label of the value check. */
  public static final String VALUE = "<grad G_j, [grad G_i, [grad G_i, grad G_j]]>(x) = closed form";

  /** Label of the sign check. */
  public static final String SIGN = "sign of <grad G_j, [grad G_i, [grad G_i, grad G_j]]>";

  /** Label of the polynomial identity. */
  public static final String IDENTITY = "<grad G_j, [grad G_i, [grad G_i, grad G_j]]> = closed form"
      + " as polynomials";

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public NestedBracketRemarkChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the statement. */
  public NestedBracketRemarkChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(GroupedPairInstance instance) {
    return form + " " + instance;
  }

  @Override
  protected List<Check> evaluate(GroupedPairInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("u > 0", instance.positiveMagnitudes())
        || !hypotheses.require("i != j and g(i) = g(j)", instance.distinctInOneGroup())) {
      return List.of();
    }
    PolynomialParameterization g = PolynomialParameterization.grouped(instance.partition());
    BigRational[] point = instance.point();
    PolynomialField gradientI = g.gradient(instance.i());
    PolynomialField gradientJ = g.gradient(instance.j());
    PolynomialField bracket = LieBracket.of(gradientI, gradientJ);
    PolynomialField nested = LieBracket.of(gradientI, bracket);
    Polynomial pairing = gradientJ.dot(nested);
    BigRational value = pairing.evaluate(point);

    int d = instance.parameters();
    int a = instance.partition().groupOf(instance.i());
    int b = instance.groups() + instance.i();
    int c = instance.groups() + instance.j();
    BigRational u = instance.u().get(a);
    BigRational vi = instance.v().get(instance.i());
    BigRational vj = instance.v().get(instance.j());
    BigRational eightUVi = BigRational.of(8).multiply(u).multiply(vi);
    BigRational eightUVj = BigRational.of(8).multiply(u).multiply(vj);
    BigRational fourUSquared = BigRational.of(4).multiply(u.pow(2));
    BigRational crossTerm = BigRational.of(16).multiply(u.pow(2)).multiply(vi).multiply(vj);
    BigRational vjTerm = BigRational.of(8).multiply(u.pow(3)).multiply(vj);
    BigRational viTerm = BigRational.of(16).multiply(u.pow(2)).multiply(vi.pow(2))
        .add(BigRational.of(4).multiply(u.pow(4)));
    BigRational positiveValue = BigRational.of(4).multiply(u.pow(4)).multiply(
        u.pow(2).add(BigRational.of(4).multiply(vi.pow(2))).add(
            BigRational.of(4).multiply(vj.pow(2))));

    BigRational[][] jacobian = CoordinateVectors.zeroMatrix(d);
    BigRational[] nestedForm = CoordinateVectors.zero(d);
    BigRational valueForm;
    Check sign;
    Polynomial identityForm = pairingPolynomial(d, a, b, c);
    if (form == StatementForm.CORRECTED) {
      CoordinateVectors.addOneHot(jacobian, c, a, eightUVi);
      CoordinateVectors.addOneHot(jacobian, c, b, fourUSquared);
      CoordinateVectors.addOneHot(jacobian, b, a, eightUVj.negate());
      CoordinateVectors.addOneHot(jacobian, b, c, fourUSquared.negate());
      CoordinateVectors.addUnit(nestedForm, a, vjTerm);
      CoordinateVectors.addUnit(nestedForm, b, crossTerm.negate());
      CoordinateVectors.addUnit(nestedForm, c, viTerm);
      valueForm = positiveValue;
      sign = Check.less(SPEC_ID, SIGN + " > 0", BigRational.ZERO, value);
    } else {
      CoordinateVectors.addOneHot(jacobian, b, a, eightUVj);
      CoordinateVectors.addOneHot(jacobian, b, c, fourUSquared);
      CoordinateVectors.addOneHot(jacobian, c, a, eightUVi.negate());
      CoordinateVectors.addOneHot(jacobian, c, b, fourUSquared.negate());
      CoordinateVectors.addUnit(nestedForm, b, crossTerm);
      CoordinateVectors.addUnit(nestedForm, c, viTerm.negate());
      CoordinateVectors.addUnit(nestedForm, a, vjTerm.negate());
      valueForm = BigRational.of(16).multiply(u.pow(4)).multiply(vj.pow(2)).negate()
          .subtract(BigRational.of(16).multiply(u.pow(4)).multiply(vi.pow(2)))
          .subtract(BigRational.of(4).multiply(u.pow(6)));
      sign = Check.less(SPEC_ID, SIGN + " < 0", value, BigRational.ZERO);
      identityForm = identityForm.negate();
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, JACOBIAN,
        CoordinateVectors.squaredDistance(bracket.jacobianAt(point), jacobian), BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, NESTED,
        CoordinateVectors.squaredDistance(nested.evaluate(point), nestedForm), BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, VALUE, value, valueForm));
    checks.add(sign);
    checks.add(Check.equal(SPEC_ID, IDENTITY,
        pairing.subtract(identityForm).coefficientSquareSum(), BigRational.ZERO));
    checks.add(Check.less(SPEC_ID, "non-vanishing: 0 < <...>^2", BigRational.ZERO,
        value.multiply(value)));
    return checks;
  }

  /** {@code 4 u^4 (u^2 + 4 v_i^2 + 4 v_j^2)} as a polynomial ({@code u = x_a, v_i = x_b, v_j = x_c}). */
  private static Polynomial pairingPolynomial(int d, int a, int b, int c) {
    int[] uSix = new int[d];
    uSix[a] = 6;
    int[] uFourViTwo = new int[d];
    uFourViTwo[a] = 4;
    uFourViTwo[b] = 2;
    int[] uFourVjTwo = new int[d];
    uFourVjTwo[a] = 4;
    uFourVjTwo[c] = 2;
    return Polynomial.term(BigRational.of(4), uSix)
        .add(Polynomial.term(BigRational.of(16), uFourViTwo))
        .add(Polynomial.term(BigRational.of(16), uFourVjTwo));
  }
}
