package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.group.model.BalancedGroupMetric;
import org.tacit.group.model.CoordinateVectors;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.group.model.LieBracket;
import org.tacit.group.model.Polynomial;
import org.tacit.group.model.PolynomialField;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Theorem 1 (gradient flow under {@code G} is not a mirror flow), partially: the theorem is
 * existential and its proof applies Corollary 4.13 / Theorem 4.10 of Li, Wang, Lee and Arora
 * (2022), which are cited, not re-proved. This checker decides exactly, at the instance's point,
 * the algebraic ingredients the proof feeds into those results, plus an independent derived
 * witness:
 * <ol>
 *   <li>brackets across groups vanish, for every pair {@code g(k) != g(m)};
 *   <li>brackets within a group lie in {@code span{grad G}}:
 *       {@code [grad G_k, grad G_m] = 4 (v_k grad G_m - v_m grad G_k)} for every such pair
 *       (corrected form, see {@code LNHW:rem-A.2});
 *   <li>{@code grad G_1, ..., grad G_p} are linearly independent at the point (rank {@code p}),
 *       so that span is {@code p}-dimensional;
 *   <li>Theorem 4.10's quantity {@code <grad G_j, [grad G_i, [grad G_i, grad G_j]]>} is non-zero
 *       (positive, see {@code LNHW:rem-A.3}) for the instance's pair;
 *   <li>derived (inventory LG-DER-5): the balance {@code u_l^2/2 - ||v_l||^2} is conserved by
 *       gradient flow for every loss ({@code <grad q_l, grad G_k> = 0} as polynomials); the induced
 *       metric {@code K = J J^T} on the group of {@code i} is {@code u^4 I + 4 u^2 v v^T}; and
 *       {@code K(w)^{-1}} on the balance level set is not a Hessian: the derivative
 *       {@code d_k (K^{-1})_{ab}} is not symmetric in {@code (a, k)} ({@link BalancedGroupMetric}).
 * </ol>
 * Not checked: the existence of the initialization and time-dependent loss, and Li et al.'s
 * results themselves. Cost: {@code O(p D^2)} polynomial evaluations and {@code O(p^2 D)} rational
 * products, {@code D = L + p <= 20} on the built-in instances.
 *
 * <p>Spec: {@code LNHW:thm-1}.
 */
public final class MirrorFlowObstructionTheoremChecker
    extends TheoremChecker<GroupedPairInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:thm-1";

  /** The checker (stateless). */
  public MirrorFlowObstructionTheoremChecker() {
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
    GroupPartition partition = instance.partition();
    PolynomialParameterization g = PolynomialParameterization.grouped(partition);
    BigRational[] point = instance.point();
    int p = partition.dimension();
    List<PolynomialField> gradients = new ArrayList<>();
    BigRational[][] values = new BigRational[p][];
    RationalMatrix[] hessians = new RationalMatrix[p];
    for (int k = 0; k < p; k++) {
      gradients.add(g.gradient(k));
      values[k] = gradients.get(k).evaluate(point);
      hessians[k] = gradients.get(k).jacobianAt(point);
    }
    BigRational across = BigRational.ZERO;
    BigRational within = BigRational.ZERO;
    BigRational four = BigRational.of(4);
    for (int k = 0; k < p; k++) {
      for (int m = k + 1; m < p; m++) {
        BigRational[] bracket = CoordinateVectors.combination(BigRational.ONE,
            CoordinateVectors.sparseProduct(hessians[m], values[k]), BigRational.MINUS_ONE,
            CoordinateVectors.sparseProduct(hessians[k], values[m]));
        if (partition.groupOf(k) != partition.groupOf(m)) {
          across = across.add(CoordinateVectors.squaredNorm(bracket));
        } else {
          BigRational[] span = CoordinateVectors.combination(four.multiply(instance.v().get(k)),
              values[m], four.multiply(instance.v().get(m)).negate(), values[k]);
          within = within.add(CoordinateVectors.squaredDistance(bracket, span));
        }
      }
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID, "sum_{g(k) != g(m)} ||[grad G_k, grad G_m]||^2 = 0", across,
        BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID,
        "sum_{g(k) = g(m)} ||[grad G_k, grad G_m] - 4 (v_k grad G_m - v_m grad G_k)||^2 = 0",
        within, BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "rank(grad G_1, ..., grad G_p) = p",
        BigRational.of(RationalMatrix.of(values).rank()), BigRational.of(p)));
    PolynomialField gradientI = gradients.get(i);
    BigRational nested = gradients.get(j).dot(LieBracket.of(gradientI,
        LieBracket.of(gradientI, gradients.get(j)))).evaluate(point);
    checks.add(Check.less(SPEC_ID, "Li et al. Thm 4.10: 0 < <grad G_j, [grad G_i, [grad G_i, grad G_j]]>",
        BigRational.ZERO, nested));
    checks.add(Check.equal(SPEC_ID,
        "balance conserved: sum_{l,k} squared coefficients of <grad q_l, grad G_k> = 0",
        balanceDrift(partition, gradients), BigRational.ZERO));
    int group = partition.groupOf(i);
    int[] members = partition.members(group);
    List<BigRational> groupV = new ArrayList<>();
    for (int k : members) {
      groupV.add(instance.v().get(k));
    }
    BalancedGroupMetric metric = new BalancedGroupMetric(instance.u().get(group), groupV);
    BigRational[][] gram = new BigRational[members.length][members.length];
    for (int a = 0; a < members.length; a++) {
      for (int b = 0; b < members.length; b++) {
        BigRational dot = BigRational.ZERO;
        for (int k = 0; k < point.length; k++) {
          dot = dot.add(values[members[a]][k].multiply(values[members[b]][k]));
        }
        gram[a][b] = dot;
      }
    }
    checks.add(Check.equal(SPEC_ID, "K_l = J_l J_l^T = u^4 I + 4 u^2 v_l v_l^T",
        CoordinateVectors.squaredDistance(metric.metric(), gram), BigRational.ZERO));
    checks.add(Check.less(SPEC_ID,
        "K(w)^-1 is not a Hessian: 0 < sum (d_k K^-1_ab - d_a K^-1_kb)^2",
        BigRational.ZERO, metric.hessianAsymmetry()));
    return checks;
  }

  /**
   * {@code sum_l sum_k} squared coefficients of {@code <grad q_l, grad G_k>}, with
   * {@code q_l = u_l^2/2 - sum_{k in G_l} v_k^2}: zero iff every balance is conserved by the
   * gradient flow of every loss ({@code d q_l/dt = -sum_k (dL/dw_k) <grad q_l, grad G_k>}).
   */
  private static BigRational balanceDrift(GroupPartition partition, List<PolynomialField> gradients) {
    int groups = partition.groupCount();
    int d = groups + partition.dimension();
    BigRational sum = BigRational.ZERO;
    for (int l = 0; l < groups; l++) {
      Polynomial q = Polynomial.variable(d, l).pow(2).scale(BigRational.of(1, 2));
      for (int k : partition.members(l)) {
        q = q.subtract(Polynomial.variable(d, groups + k).pow(2));
      }
      PolynomialField gradientQ = PolynomialField.gradient(q);
      for (PolynomialField gradient : gradients) {
        sum = sum.add(gradientQ.dot(gradient).coefficientSquareSum());
      }
    }
    return sum;
  }
}
