package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.CoordinateVectors;
import org.tacit.group.model.FlowSeries;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.group.model.LieBracket;
import org.tacit.group.model.Polynomial;
import org.tacit.group.model.PolynomialField;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Section 3.1, remark after Lemma 1 ({@code rem-3.1.1}), decided exactly: moving along
 * {@code X = -grad G_i} and then {@code Y = -grad G_j} differs from moving along {@code Y} first
 * and then {@code X}. With {@code A(s) = phi^Y_s(phi^X_s(x))} and {@code B(s) =
 * phi^X_s(phi^Y_s(x))}, the Taylor coefficients of {@code A - B} at {@code s = 0} are computed
 * exactly by Picard iteration ({@link FlowSeries}, which never differentiates the fields): the
 * coefficients of {@code s^0} and {@code s^1} vanish, and the coefficient of {@code s^2} equals the
 * bracket {@code [X, Y](x) = [grad G_i, grad G_j](x)} of Definition 1 (and the corrected closed
 * form {@code 4u^2 (v_i e_{L+j} - v_j e_{L+i})}), which is non-zero at the instance's point. As
 * {@code A - B} is analytic in {@code s} with a non-zero {@code s^2} coefficient, the two endpoints
 * differ for every small enough {@code s != 0}: the remark holds at {@code x}.
 *
 * <p>Also checked, to validate the series independently of brackets: the {@code s^1} coefficient
 * of {@code A} is {@code X(x) + Y(x)}, and the flow of {@code X} conserves
 * {@code u_{g(i)}^2 - 2 v_i^2} through order 2 ({@code d/ds} of it is
 * {@code 2u(-2u v_i) - 4 v_i (-u^2) = 0}). Cost: a few substitutions of degree-3 fields into
 * series of degree 2 in {@code D <= 20} coordinates.
 *
 * <p>Spec: {@code LNHW:rem-3.1.1}.
 */
public final class FlowCommutatorRemarkChecker extends TheoremChecker<GroupedPairInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:rem-3.1.1";

  private static final int ORDER = 2;

  /** The checker (stateless). */
  public FlowCommutatorRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(GroupedPairInstance instance) {
    return instance.toString();
  }

  @Override
  protected List<Check> evaluate(GroupedPairInstance instance, Hypotheses hypotheses) {
    int i = instance.i();
    int j = instance.j();
    BigRational vi = instance.v().get(i);
    BigRational vj = instance.v().get(j);
    if (!hypotheses.require("u > 0", instance.positiveMagnitudes())
        || !hypotheses.require("i != j and g(i) = g(j)", instance.distinctInOneGroup())
        || !hypotheses.require("(v_i, v_j) != (0, 0)", !vi.isZero() || !vj.isZero())) {
      return List.of();
    }
    PolynomialParameterization g = PolynomialParameterization.grouped(instance.partition());
    BigRational[] point = instance.point();
    PolynomialField x = g.gradient(i).scale(BigRational.MINUS_ONE);
    PolynomialField y = g.gradient(j).scale(BigRational.MINUS_ONE);
    Polynomial[] xThenY = FlowSeries.composed(x, y, point, ORDER);
    Polynomial[] yThenX = FlowSeries.composed(y, x, point, ORDER);
    BigRational[] difference0 = CoordinateVectors.combination(BigRational.ONE,
        FlowSeries.coefficient(xThenY, 0), BigRational.MINUS_ONE, FlowSeries.coefficient(yThenX, 0));
    BigRational[] difference1 = CoordinateVectors.combination(BigRational.ONE,
        FlowSeries.coefficient(xThenY, 1), BigRational.MINUS_ONE, FlowSeries.coefficient(yThenX, 1));
    BigRational[] difference2 = CoordinateVectors.combination(BigRational.ONE,
        FlowSeries.coefficient(xThenY, 2), BigRational.MINUS_ONE, FlowSeries.coefficient(yThenX, 2));

    int groups = instance.groups();
    int group = instance.partition().groupOf(i);
    BigRational fourUSquared = BigRational.of(4).multiply(instance.u().get(group).pow(2));
    BigRational[] closedForm = CoordinateVectors.addUnit(CoordinateVectors.addUnit(
        CoordinateVectors.zero(instance.parameters()), groups + j, fourUSquared.multiply(vi)),
        groups + i, fourUSquared.multiply(vj).negate());

    Polynomial[] flowX = FlowSeries.flow(x, point, ORDER);
    Polynomial invariant = flowX[group].pow(2).subtract(
        flowX[groups + i].pow(2).scale(BigRational.TWO)).truncate(ORDER);
    BigRational initial = invariant.coefficient(0);

    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "flow of -grad G_i conserves u^2 - 2 v_i^2 through s^2",
        invariant.subtract(Polynomial.constant(1, initial)).coefficientSquareSum(),
        BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "s^1 coefficient of A(s) = X(x) + Y(x)",
        CoordinateVectors.squaredDistance(FlowSeries.coefficient(xThenY, 1),
            CoordinateVectors.combination(BigRational.ONE, x.evaluate(point), BigRational.ONE,
                y.evaluate(point))), BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "A(s) - B(s): s^0 and s^1 coefficients vanish",
        CoordinateVectors.squaredNorm(difference0).add(CoordinateVectors.squaredNorm(difference1)),
        BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "s^2 coefficient of A(s) - B(s) = [X, Y](x) (Definition 1)",
        CoordinateVectors.squaredDistance(difference2, LieBracket.at(x, y, point)),
        BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID,
        "s^2 coefficient of A(s) - B(s) = 4u^2 (v_i e_{L+j} - v_j e_{L+i})",
        CoordinateVectors.squaredDistance(difference2, closedForm), BigRational.ZERO));
    checks.add(Check.less(SPEC_ID, "the flows do not commute: 0 < ||s^2 coefficient||^2",
        BigRational.ZERO, CoordinateVectors.squaredNorm(difference2)));
    return checks;
  }
}
