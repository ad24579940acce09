package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.CoordinateVectors;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.group.model.LieBracket;
import org.tacit.group.model.PolynomialField;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 1, decided exactly: the grouped parameterization {@code G(u, v)_i = u_{g(i)}^2 v_i} is
 * not commuting (Definition 2) as soon as some group has {@code p_l >= 2}. The instance carries
 * the witness: indices {@code i != j} of one group and a point with {@code u > 0} and
 * {@code (v_i, v_j) != (0, 0)} (the paper asks {@code v_i != v_j}; the bracket is in fact non-zero
 * also when {@code v_i = v_j != 0}).
 *
 * <p>Checks: the symbolic bracket {@code [grad G_i, grad G_j]} is not the zero polynomial field
 * (so it is non-zero somewhere in every open set: Definition 2 fails); at the witness point the
 * bracket of Definition 1 is non-zero; and its squared norm is exactly
 * {@code 16 u^4 (v_i^2 + v_j^2)} (from the corrected closed form of {@code LNHW:rem-A.2}; the sign
 * erratum there does not change the norm). Cost: {@code O(D^2)} polynomial operations.
 *
 * <p>Spec: {@code LNHW:lem-1}.
 */
public final class NonCommutingLemmaChecker extends TheoremChecker<GroupedPairInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-1";

  /** The checker (stateless). */
  public NonCommutingLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(GroupedPairInstance instance) {
    return instance.toString();
  }

  @Override
  protected List<Check> evaluate(GroupedPairInstance instance, Hypotheses hypotheses) {
    BigRational vi = instance.v().get(instance.i());
    BigRational vj = instance.v().get(instance.j());
    if (!hypotheses.require("some group has p_l >= 2", instance.partition().maxSize() >= 2)
        || !hypotheses.require("u > 0", instance.positiveMagnitudes())
        || !hypotheses.require("i != j and g(i) = g(j)", instance.distinctInOneGroup())
        || !hypotheses.require("(v_i, v_j) != (0, 0)", !vi.isZero() || !vj.isZero())) {
      return List.of();
    }
    PolynomialParameterization g = PolynomialParameterization.grouped(instance.partition());
    PolynomialField gradientI = g.gradient(instance.i());
    PolynomialField gradientJ = g.gradient(instance.j());
    BigRational[] bracket = LieBracket.at(gradientI, gradientJ, instance.point());
    BigRational squaredNorm = CoordinateVectors.squaredNorm(bracket);
    BigRational u = instance.magnitudeOf(instance.i());
    List<Check> checks = new ArrayList<>();
    checks.add(Check.less(SPEC_ID, "[grad G_i, grad G_j] is not the zero polynomial field",
        BigRational.ZERO, LieBracket.of(gradientI, gradientJ).coefficientSquareSum()));
    checks.add(Check.less(SPEC_ID, "witness: 0 < ||[grad G_i, grad G_j](u, v)||^2",
        BigRational.ZERO, squaredNorm));
    checks.add(Check.equal(SPEC_ID, "||[grad G_i, grad G_j](u, v)||^2 = 16 u^4 (v_i^2 + v_j^2)",
        squaredNorm, BigRational.of(16).multiply(u.pow(4)).multiply(vi.pow(2).add(vj.pow(2)))));
    return checks;
  }
}
