package org.tacit.group.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.tacit.exact.BigRational;
import org.tacit.exact.ForwardDifferences;
import org.tacit.group.model.ExactGramModel;
import org.tacit.group.model.GradientInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedWeights;
import org.tacit.group.model.LossConvention;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW's loss and gradients (the Section 2 display, Appendix B, flow (3)), decided exactly.
 *
 * <p>Checks, on a rational design and point: (rem-2.2) {@code G(u, v)} per group equals the matrix
 * form {@code (Du)^{o2} o v}; (rem-2.3) the closed-form gradient of {@code L_n = ||y - Xw||^2/(2n)}
 * by residuals, {@code dL_n/du_l = -(2/n) u_l v_l^T X_l^T r}, {@code dL_n/dv_l = -(1/n) u_l^2
 * X_l^T r}, equals the Gram form {@code (Sigma w - c)} and equals the true partial derivatives,
 * obtained independently of any formula as the exact derivative at 0 of the degree-6 polynomial
 * {@code t -> L_n(theta + t e_k)} from its values at {@code t = 0..6}
 * ({@link ForwardDifferences}); and the normalisations: the Section 2 loss is {@code n L_n}, the
 * code's MSE is {@code 2 L_n}.
 *
 * <p>Flow (3) is minus the gradient of {@code L_n}. The Section 2 display writes the loss and its
 * gradients without {@code 1/n}: read literally ({@link StatementForm#PRINTED}), flow (3) would be
 * minus the gradient of that loss, which fails for every {@code n >= 2} at a point with non-zero
 * gradient (the erratum of {@code LNHW:rem-2.3}); the {@link StatementForm#CORRECTED} form states
 * it for {@code L_n}.
 *
 * <p>Cost: O((L + p) n p) big-rational operations per instance; tolerance 0 (exact).
 *
 * <p>Spec: {@code LNHW:rem-2.2}, {@code LNHW:rem-2.3}, {@code LNHW:eq-3}.
 */
public final class GradientFormulaChecker extends TheoremChecker<GradientInstance> {

  /** The spec ID of the loss and gradient display. */
  public static final String SPEC_ID = "LNHW:rem-2.3";

  /** The spec ID of the parameterization. */
  public static final String PARAMETERIZATION_ID = "LNHW:rem-2.2";

  /** The spec ID of flow (3). */
  public static final String FLOW_ID = "LNHW:eq-3";

  private static final int DEGREE = 6;

  private final StatementForm form;

  /** The corrected form (flow (3) is the gradient flow of {@code L_n}). */
  public GradientFormulaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form of the flow's loss. */
  public GradientFormulaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(GradientInstance instance) {
    return instance.describe();
  }

  @Override
  protected List<Check> evaluate(GradientInstance instance, Hypotheses hypotheses) {
    GroupPartition groups = instance.groups();
    int n = instance.samples();
    if (!hypotheses.require("X is n x p and y has n entries", shapesMatch(instance))
        || !hypotheses.require("u in R_+^L (u_l > 0)", instance.magnitudesPositive())) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    BigRational[] u = instance.u();
    BigRational[] v = instance.v();
    BigRational[] w = GroupedWeights.of(groups, u, v);
    BigRational[] viaD = GroupedWeights.viaIndicatorMatrix(groups, u, v);
    for (int i = 0; i < w.length; i++) {
      checks.add(Check.equal(PARAMETERIZATION_ID, "G(u,v)_" + i + " = ((Du)^2 o v)_" + i, w[i],
          viaD[i]));
    }
    ExactGramModel model = instance.model();
    ExactGramModel.ExactGradient gram = model.gradient(u, v, LossConvention.PAPER);
    BigRational[] residualCorrelation = residualCorrelations(instance, w);
    BigRational inverseN = BigRational.of(1, n);
    for (int l = 0; l < groups.groupCount(); l++) {
      BigRational sum = BigRational.ZERO;
      for (int i : groups.members(l)) {
        sum = sum.add(v[i].multiply(residualCorrelation[i]));
      }
      BigRational byResidual = BigRational.of(-2).multiply(inverseN).multiply(u[l]).multiply(sum);
      checks.add(Check.equal(SPEC_ID, "dL_n/du_" + l + ": -(2/n) u_l v_l^T X_l^T r = Gram form",
          byResidual, gram.u()[l]));
      checks.add(Check.equal(SPEC_ID, "dL_n/du_" + l + " = d/dt L_n(u + t e_l, v) at 0",
          gram.u()[l], partial(model, instance, l, true, LossConvention.PAPER)));
    }
    for (int i = 0; i < v.length; i++) {
      BigRational ug = u[groups.groupOf(i)];
      BigRational byResidual = inverseN.negate().multiply(ug).multiply(ug)
          .multiply(residualCorrelation[i]);
      checks.add(Check.equal(SPEC_ID, "dL_n/dv_" + i + ": -(1/n) u^2 (X^T r)_i = Gram form",
          byResidual, gram.v()[i]));
      checks.add(Check.equal(SPEC_ID, "dL_n/dv_" + i + " = d/dt L_n(u, v + t e_i) at 0",
          gram.v()[i], partial(model, instance, i, false, LossConvention.PAPER)));
    }
    BigRational lossN = model.loss(w, LossConvention.PAPER);
    checks.add(Check.equal(SPEC_ID, "Section 2 loss ||y - Xw||^2/2 = n L_n",
        model.loss(w, LossConvention.NO_N), lossN.multiply(BigRational.of(n))));
    checks.add(Check.equal(SPEC_ID, "code MSE ||y - Xw||^2/n = 2 L_n",
        model.loss(w, LossConvention.CODE_MSE), lossN.multiply(BigRational.TWO)));
    LossConvention flowLoss = form == StatementForm.PRINTED ? LossConvention.NO_N
        : LossConvention.PAPER;
    for (int l = 0; l < groups.groupCount(); l++) {
      BigRational flowRight = BigRational.of(2).multiply(inverseN).multiply(u[l])
          .multiply(dotOverGroup(groups, l, v, residualCorrelation));
      checks.add(Check.equal(FLOW_ID, "(3) du_" + l + "/dt = -d(" + flowLoss + " loss)/du_" + l,
          flowRight, partial(model, instance, l, true, flowLoss).negate()));
    }
    return checks;
  }

  private static BigRational dotOverGroup(GroupPartition groups, int l, BigRational[] a,
      BigRational[] b) {
    BigRational sum = BigRational.ZERO;
    for (int i : groups.members(l)) {
      sum = sum.add(a[i].multiply(b[i]));
    }
    return sum;
  }

  /** {@code X^T r} with {@code r = y - X w}, exactly. */
  private static BigRational[] residualCorrelations(GradientInstance instance, BigRational[] w) {
    BigRational[][] x = instance.x();
    int p = w.length;
    BigRational[] out = new BigRational[p];
    Arrays.fill(out, BigRational.ZERO);
    for (int row = 0; row < x.length; row++) {
      BigRational r = instance.y()[row];
      for (int j = 0; j < p; j++) {
        r = r.subtract(x[row][j].multiply(w[j]));
      }
      for (int j = 0; j < p; j++) {
        out[j] = out[j].add(x[row][j].multiply(r));
      }
    }
    return out;
  }

  /**
   * The exact partial derivative of the loss in {@code convention} along {@code u_k}
   * ({@code alongU}) or {@code v_k}: the loss restricted to that line is a polynomial of degree at
   * most 6 in t, so its derivative at 0 follows from 7 values.
   */
  private static BigRational partial(ExactGramModel model, GradientInstance instance, int k,
      boolean alongU, LossConvention convention) {
    BigRational[] values = new BigRational[DEGREE + 1];
    for (int t = 0; t <= DEGREE; t++) {
      BigRational shift = BigRational.of(t);
      Function<BigRational[], BigRational[]> moved = base -> {
        BigRational[] copy = base.clone();
        copy[k] = copy[k].add(shift);
        return copy;
      };
      BigRational[] u = alongU ? moved.apply(instance.u()) : instance.u();
      BigRational[] v = alongU ? instance.v() : moved.apply(instance.v());
      values[t] = model.loss(u, v, convention);
    }
    return ForwardDifferences.derivativeAtZero(values);
  }

  private static boolean shapesMatch(GradientInstance instance) {
    int p = instance.groups().dimension();
    if (instance.x().length == 0 || instance.y().length != instance.x().length
        || instance.u().length != instance.groups().groupCount() || instance.v().length != p) {
      return false;
    }
    for (BigRational[] row : instance.x()) {
      if (row.length != p) {
        return false;
      }
    }
    return true;
  }
}
