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
 * LNHW Appendix A, proofs of Lemma 1 and Theorem 1 (unnumbered remark {@code rem-A.2}), decided
 * exactly: the Lie bracket of Definition 1 of two gradients of the grouped parameterization.
 * For {@code i != j} in one group ({@code u := u_{g(i)}}):
 * <ul>
 *   <li>{@link StatementForm#CORRECTED}: {@code [grad G_i, grad G_j] = 4 u^2 v_i e_{L+j}
 *       - 4 u^2 v_j e_{L+i} = 4 (v_i grad G_j - v_j grad G_i)};
 *   <li>{@link StatementForm#PRINTED}: {@code [grad G_i, grad G_j] = 4 u^2 v_j e_{L+i}
 *       - 4 u^2 v_i e_{L+j}} and {@code = v_j grad G_i - v_i grad G_j} (sign flipped; the span form
 *       also misses the factor 4: erratum, see {@code spec/LNHW.yaml});
 * </ul>
 * and in both forms the bracket is 0 when {@code g(i) != g(j)} (printed) or {@code i = j}.
 *
 * <p>Steps, each one exact equation {@code ||a - b||^2 = 0}: the bracket at the point from the
 * evaluated Jacobians equals the symbolic bracket evaluated there (two computations of
 * Definition 1); it equals {@code Hess G_j grad G_i - Hess G_i grad G_j} (Definition 1 with
 * {@code dY = Hess G_j}, the proof's first line); then the closed form and the span form of the
 * chosen statement at the point, and the span form as an identity of polynomial fields (so at every
 * point). Cost: {@code O(D^2)} polynomial operations, {@code D = L + p}.
 *
 * <p>Spec: {@code LNHW:rem-A.2}.
 */
public final class BracketClosedFormRemarkChecker extends TheoremChecker<GroupedPairInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:rem-A.2";

  /** Label of the closed-form check (same group, {@code i != j}). */
  public static final String CLOSED_FORM = "[grad G_i, grad G_j](x) = closed form";

  /** Label of the span-form check (same group, {@code i != j}). */
  public static final String SPAN_FORM = "[grad G_i, grad G_j](x) = span form";

  /** Label of the span form as an identity of polynomial fields (same group, {@code i != j}). */
  public static final String SPAN_IDENTITY = "[grad G_i, grad G_j] = span form as polynomial fields";

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public BracketClosedFormRemarkChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the statement. */
  public BracketClosedFormRemarkChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(GroupedPairInstance instance) {
    return form + " " + instance;
  }

  @Override
  protected List<Check> evaluate(GroupedPairInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("u > 0", instance.positiveMagnitudes())) {
      return List.of();
    }
    PolynomialParameterization g = PolynomialParameterization.grouped(instance.partition());
    BigRational[] point = instance.point();
    int i = instance.i();
    int j = instance.j();
    PolynomialField gradientI = g.gradient(i);
    PolynomialField gradientJ = g.gradient(j);
    BigRational[] bracket = LieBracket.at(gradientI, gradientJ, point);
    BigRational[] valueI = gradientI.evaluate(point);
    BigRational[] valueJ = gradientJ.evaluate(point);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "Definition 1 at the point = symbolic bracket evaluated",
        CoordinateVectors.squaredDistance(bracket, g.bracket(i, j).evaluate(point)),
        BigRational.ZERO));
    BigRational[] hessianProducts = CoordinateVectors.combination(BigRational.ONE,
        gradientJ.jacobianAt(point).multiply(valueI), BigRational.MINUS_ONE,
        gradientI.jacobianAt(point).multiply(valueJ));
    checks.add(Check.equal(SPEC_ID, "[grad G_i, grad G_j] = Hess G_j grad G_i - Hess G_i grad G_j",
        CoordinateVectors.squaredDistance(bracket, hessianProducts), BigRational.ZERO));
    if (!instance.distinctInOneGroup()) {
      checks.add(Check.equal(SPEC_ID, "g(i) != g(j) or i = j: ||[grad G_i, grad G_j]||^2 = 0",
          CoordinateVectors.squaredNorm(bracket), BigRational.ZERO));
      return checks;
    }
    BigRational u = instance.magnitudeOf(i);
    BigRational fourUSquared = BigRational.of(4).multiply(u).multiply(u);
    BigRational vi = instance.v().get(i);
    BigRational vj = instance.v().get(j);
    int slotI = instance.groups() + i;
    int slotJ = instance.groups() + j;
    int dimension = instance.parameters();
    BigRational[] closedForm;
    BigRational[] spanForm;
    if (form == StatementForm.CORRECTED) {
      closedForm = CoordinateVectors.addUnit(CoordinateVectors.addUnit(
          CoordinateVectors.zero(dimension), slotJ, fourUSquared.multiply(vi)), slotI,
          fourUSquared.multiply(vj).negate());
      BigRational four = BigRational.of(4);
      spanForm = CoordinateVectors.combination(four.multiply(vi), valueJ,
          four.multiply(vj).negate(), valueI);
    } else {
      closedForm = CoordinateVectors.addUnit(CoordinateVectors.addUnit(
          CoordinateVectors.zero(dimension), slotI, fourUSquared.multiply(vj)), slotJ,
          fourUSquared.multiply(vi).negate());
      spanForm = CoordinateVectors.combination(vj, valueI, vi.negate(), valueJ);
    }
    checks.add(Check.equal(SPEC_ID, CLOSED_FORM,
        CoordinateVectors.squaredDistance(bracket, closedForm), BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, SPAN_FORM,
        CoordinateVectors.squaredDistance(bracket, spanForm), BigRational.ZERO));
    Polynomial variableI = Polynomial.variable(dimension, slotI);
    Polynomial variableJ = Polynomial.variable(dimension, slotJ);
    PolynomialField spanField = form == StatementForm.CORRECTED
        ? gradientJ.times(variableI).subtract(gradientI.times(variableJ)).scale(BigRational.of(4))
        : gradientI.times(variableJ).subtract(gradientJ.times(variableI));
    checks.add(Check.equal(SPEC_ID, SPAN_IDENTITY,
        g.bracket(i, j).subtract(spanField).coefficientSquareSum(), BigRational.ZERO));
    return checks;
  }
}
