package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.CoordinateVectors;
import org.tacit.group.model.LieBracket;
import org.tacit.group.model.ParameterizationSample;
import org.tacit.group.model.PolynomialField;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Definition 2 (commuting parameterization), with the paper's remark that the separable
 * parameterizations of earlier work ({@code u^2 - v^2}, {@code u o v}, ...) are commuting: the
 * positive control against which Lemma 1's grouped {@code G} is non-commuting.
 *
 * <p>Hypothesis: {@code G} is separable (each parameter affects at most one coordinate). Checks,
 * exact: every bracket {@code [grad G_i, grad G_j]} ({@code i < j}) is the zero polynomial field
 * (Definition 2 on all of {@code R^D}, as {@link PolynomialParameterization#isCommuting} decides
 * it); at the point the brackets of Definition 1 from evaluated Jacobians vanish; and the proof
 * step: {@code Hess G_j grad G_i = 0} at the point for {@code i != j} (disjoint supports), each
 * family of statements summed into one squared norm. Cost: {@code O(d^2)} symbolic brackets.
 *
 * <p>Spec: {@code LNHW:def-2}.
 */
public final class CommutingParameterizationChecker
    extends TheoremChecker<ParameterizationSample> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:def-2";

  /** The checker (stateless). */
  public CommutingParameterizationChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(ParameterizationSample instance) {
    return "G=" + instance.parameterization().coordinates() + ", x=" + instance.point();
  }

  @Override
  protected List<Check> evaluate(ParameterizationSample instance, Hypotheses hypotheses) {
    PolynomialParameterization g = instance.parameterization();
    if (!hypotheses.require("G is separable (each parameter affects one coordinate)",
        g.isSeparable())) {
      return List.of();
    }
    BigRational[] point = instance.pointArray();
    List<PolynomialField> gradients = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      gradients.add(g.gradient(i));
    }
    BigRational symbolic = BigRational.ZERO;
    BigRational atPoint = BigRational.ZERO;
    BigRational products = BigRational.ZERO;
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < g.size(); j++) {
        if (i == j) {
          continue;
        }
        if (i < j) {
          symbolic = symbolic.add(
              LieBracket.of(gradients.get(i), gradients.get(j)).coefficientSquareSum());
          atPoint = atPoint.add(CoordinateVectors.squaredNorm(
              LieBracket.at(gradients.get(i), gradients.get(j), point)));
        }
        products = products.add(CoordinateVectors.squaredNorm(
            gradients.get(j).jacobianAt(point).multiply(gradients.get(i).evaluate(point))));
      }
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID,
        "commuting: sum_{i<j} squared coefficients of [grad G_i, grad G_j] = 0", symbolic,
        BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "sum_{i<j} ||[grad G_i, grad G_j](x)||^2 = 0", atPoint,
        BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "sum_{i != j} ||Hess G_j(x) grad G_i(x)||^2 = 0", products,
        BigRational.ZERO));
    return checks;
  }
}
