package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.group.model.CoordinateVectors;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.group.model.PolynomialField;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Appendix A (unnumbered remark {@code rem-A.1}), decided exactly: the gradient and Hessian
 * of the coordinate functions {@code G_i(u, v) = u_{g(i)}^2 v_i} of the grouped parameterization
 * on {@code R^{L+p}} (coordinates {@code u_1..u_L, v_1..v_p}) are
 * {@code grad G_i = 2 u_{g(i)} v_i e_{g(i)} + u_{g(i)}^2 e_{L+i}} and
 * {@code Hess G_i = 2 v_i E_{g(i),g(i)} + 2 u_{g(i)} E_{g(i),L+i} + 2 u_{g(i)} E_{L+i,g(i)}}, and for
 * {@code i != j} in one group ({@code u := u_{g(i)}})
 * {@code Hess G_i grad G_j = 4 u v_i v_j e_{g(i)} + 4 u^2 v_j e_{L+i}},
 * {@code Hess G_j grad G_i = 4 u v_i v_j e_{g(i)} + 4 u^2 v_i e_{L+j}}.
 *
 * <p>Each closed form is compared with the derivatives of the polynomial {@code G_i} computed
 * symbolically and evaluated at the instance's rational point, as one exact equation
 * {@code ||symbolic - closed form||^2 = 0}. For indices in different groups the checker adds the
 * step the proof of Theorem 1 uses implicitly: both products vanish (disjoint supports). Cost:
 * {@code O(D^2)} polynomial derivatives, {@code D = L + p}.
 *
 * <p>Spec: {@code LNHW:rem-A.1}.
 */
public final class GroupedDerivativesRemarkChecker extends TheoremChecker<GroupedPairInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:rem-A.1";

  /** The checker (stateless). */
  public GroupedDerivativesRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(GroupedPairInstance instance) {
    return instance.toString();
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
    List<Check> checks = new ArrayList<>();
    addDerivativeChecks(checks, g, instance, i);
    addDerivativeChecks(checks, g, instance, j);
    BigRational[] hessianIGradientJ = hessianTimesGradient(g, i, j, point);
    BigRational[] hessianJGradientI = hessianTimesGradient(g, j, i, point);
    int dimension = instance.parameters();
    if (instance.distinctInOneGroup()) {
      int group = instance.partition().groupOf(i);
      BigRational u = instance.u().get(group);
      BigRational vi = instance.v().get(i);
      BigRational vj = instance.v().get(j);
      BigRational cross = BigRational.of(4).multiply(u).multiply(vi).multiply(vj);
      BigRational fourUSquared = BigRational.of(4).multiply(u).multiply(u);
      BigRational[] expectedIJ = CoordinateVectors.addUnit(CoordinateVectors.addUnit(
          CoordinateVectors.zero(dimension), group, cross), instance.groups() + i,
          fourUSquared.multiply(vj));
      BigRational[] expectedJI = CoordinateVectors.addUnit(CoordinateVectors.addUnit(
          CoordinateVectors.zero(dimension), group, cross), instance.groups() + j,
          fourUSquared.multiply(vi));
      checks.add(Check.equal(SPEC_ID,
          "||Hess G_i grad G_j - (4 u v_i v_j e_g + 4 u^2 v_j e_{L+i})||^2 = 0",
          CoordinateVectors.squaredDistance(hessianIGradientJ, expectedIJ), BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID,
          "||Hess G_j grad G_i - (4 u v_i v_j e_g + 4 u^2 v_i e_{L+j})||^2 = 0",
          CoordinateVectors.squaredDistance(hessianJGradientI, expectedJI), BigRational.ZERO));
    } else if (i != j) {
      checks.add(Check.equal(SPEC_ID, "g(i) != g(j): ||Hess G_i grad G_j||^2 = 0",
          CoordinateVectors.squaredNorm(hessianIGradientJ), BigRational.ZERO));
      checks.add(Check.equal(SPEC_ID, "g(i) != g(j): ||Hess G_j grad G_i||^2 = 0",
          CoordinateVectors.squaredNorm(hessianJGradientI), BigRational.ZERO));
    }
    return checks;
  }

  /** The printed gradient and Hessian of {@code G_k} against the symbolic ones at the point. */
  private static void addDerivativeChecks(List<Check> checks, PolynomialParameterization g,
      GroupedPairInstance instance, int k) {
    BigRational[] point = instance.point();
    checks.add(Check.equal(SPEC_ID, "||grad G_" + k + " - (2 u v_k e_g + u^2 e_{L+k})||^2 = 0",
        CoordinateVectors.squaredDistance(g.gradient(k).evaluate(point),
            gradientClosedForm(instance, k)), BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID,
        "||Hess G_" + k + " - (2 v_k E_gg + 2u E_{g,L+k} + 2u E_{L+k,g})||_F^2 = 0",
        CoordinateVectors.squaredDistance(g.gradient(k).jacobianAt(point),
            hessianClosedForm(instance, k)), BigRational.ZERO));
  }

  /** {@code 2 u_{g(k)} v_k e_{g(k)} + u_{g(k)}^2 e_{L+k}}, as printed. */
  private static BigRational[] gradientClosedForm(GroupedPairInstance instance, int k) {
    int group = instance.partition().groupOf(k);
    BigRational u = instance.u().get(group);
    BigRational[] gradient = CoordinateVectors.zero(instance.parameters());
    CoordinateVectors.addUnit(gradient, group, BigRational.TWO.multiply(u).multiply(
        instance.v().get(k)));
    return CoordinateVectors.addUnit(gradient, instance.groups() + k, u.multiply(u));
  }

  private static BigRational[][] hessianClosedForm(GroupedPairInstance instance, int k) {
    int group = instance.partition().groupOf(k);
    int vIndex = instance.groups() + k;
    BigRational twoU = BigRational.TWO.multiply(instance.u().get(group));
    BigRational[][] hessian = CoordinateVectors.zeroMatrix(instance.parameters());
    CoordinateVectors.addOneHot(hessian, group, group,
        BigRational.TWO.multiply(instance.v().get(k)));
    CoordinateVectors.addOneHot(hessian, group, vIndex, twoU);
    return CoordinateVectors.addOneHot(hessian, vIndex, group, twoU);
  }

  private static BigRational[] hessianTimesGradient(PolynomialParameterization g, int a, int b,
      BigRational[] point) {
    PolynomialField gradientA = g.gradient(a);
    RationalMatrix hessian = gradientA.jacobianAt(point);
    return hessian.multiply(g.gradient(b).evaluate(point));
  }
}
