package org.tacit.l1rate.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.flow.FlowResult;
import org.tacit.flow.LogDomainGradientFlow;
import org.tacit.flow.QuadraticReparameterizedLoss;
import org.tacit.l1rate.model.FlowLimitInstance;
import org.tacit.l1rate.model.L1RateTolerances;
import org.tacit.l1rate.model.PositiveSystem;
import org.tacit.linalg.Vectors;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * Which entropy Bregman projection the gradient-flow limit equals (MS, Section I, citing [7] and
 * [8, Thm 2.2]), checked from first principles.
 *
 * <p>The flow from {@code u_0 = alpha 1} has {@code x_0 = alpha^2 1} and
 * {@code d/dt log x = -8 A^T(Ax - y) in range(A^T)}, so {@code K^T(log x_t - 2 log alpha 1) = 0}
 * for a basis {@code K} of {@code ker A}. A positive feasible {@code x} with
 * {@code K^T(log x - log z 1) = 0} satisfies the KKT conditions of
 * {@code argmin {B_E(x, z 1) : x >= 0, Ax = y}} (gradient {@code log(x / z)} orthogonal to
 * {@code ker A}), which are sufficient because the problem is convex. Hence the limit is the
 * projection of {@code alpha^2 1}; the printed identity (projection of {@code alpha 1}) holds only
 * when {@code log(alpha) K^T 1 = 0}, i.e. {@code alpha = 1} or {@code 1 in range(A^T)}.
 *
 * <p>Checks (all on the integrated flow of {@link LogDomainGradientFlow}): the flow converged,
 * its limit is feasible ({@code ||Ax - y|| <= FLOW_RESIDUAL max(1, ||y||)}), the KKT residual
 * {@code ||K^T(log x - 2 log alpha 1)||_2 / max(1, ||log x - 2 log alpha 1||_2)} is at most
 * {@link L1RateTolerances#FLOW_KKT} (the printed form's KKT residual is
 * {@code |log alpha| ||K^T 1||}, of order 1), and the limit agrees with the certified projection
 * within the first-order endpoint error. Forms: see the constructor ({@link StatementForm}).
 *
 * <p>Hypotheses: {@code alpha > 0}, {@code d > N}, a strictly positive solution, full row rank.
 * {@link #printedKktResidual} evaluates the printed form's KKT residual alone.
 *
 * <p>Spec: {@code MS:rem-I.2} (corrected), {@code MS:def-I.4}.
 */
public final class FlowLimitProjectionChecker extends TheoremChecker<FlowLimitInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:rem-I.2";
  /** Largest flow time integrated. */
  public static final double MAX_TIME = 1e6;

  private final StatementForm form;

  /** The checker of the corrected statement (projection of {@code alpha^2 1}). */
  public FlowLimitProjectionChecker() {
    this(StatementForm.CORRECTED);
  }

  /**
   * The checker of the given form: {@link StatementForm#CORRECTED} compares the flow limit with
   * the projection of {@code alpha^2 1}, {@link StatementForm#PRINTED} with the projection of
   * {@code alpha 1} as the paper states (false unless {@code alpha = 1} or
   * {@code 1 in range(A^T)}).
   */
  public FlowLimitProjectionChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(FlowLimitInstance instance) {
    return "N=" + instance.system().a().length + ", d=" + instance.system().a()[0].length
        + ", alpha=" + instance.alpha()
        + (form == StatementForm.PRINTED ? " (projection of alpha 1 as printed)" : "");
  }

  @Override
  protected List<Check> evaluate(FlowLimitInstance instance, Hypotheses hypotheses) {
    PositiveSystem system = instance.system();
    double[][] a = system.a();
    int n = a.length;
    int d = a[0].length;
    if (!hypotheses.require("alpha > 0", instance.alpha() > 0)
        || !hypotheses.require("d > N (ker A non-trivial)", d > n)) {
      return List.of();
    }
    QuadraticReparameterizedLoss loss = new QuadraticReparameterizedLoss(a, system.y());
    double[] positive = system.xPositive();
    boolean strictlyPositive = true;
    for (double value : positive) {
      strictlyPositive &= value > 0;
    }
    double scale = Math.max(1.0, Vectors.norm(system.y()));
    if (!hypotheses.require("a strictly positive solution", strictlyPositive)
        || !hypotheses.require("A xPositive = y", Vectors.norm(loss.residual(positive))
            <= L1RateTolerances.FLOW_WITNESS_RESIDUAL * scale
                * Math.max(1.0, Vectors.norm(positive)))) {
      return List.of();
    }
    double[][] kernel = kernelBasis(a);
    if (!hypotheses.require("A has full row rank", kernel.length > 0)) {
      return List.of();
    }
    FlowResult flow = new LogDomainGradientFlow(loss).run(instance.alpha(),
        L1RateTolerances.FLOW_RESIDUAL, MAX_TIME);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual("MS:def-I.4", "flow limit feasible: ||Ax - y|| <= tol max(1,||y||)",
        flow.residualNorm(), L1RateTolerances.FLOW_RESIDUAL * scale, 0));
    boolean printed = form == StatementForm.PRINTED;
    double base = printed ? instance.alpha() : instance.alpha() * instance.alpha();
    double logBase = (printed ? 1 : 2) * Math.log(instance.alpha());
    String name = printed ? "alpha 1 (as printed)" : "alpha^2 1";
    checks.add(Check.lessOrEqual(SPEC_ID, "KKT of projection of " + name
        + ": ||K^T(log x - log base)|| rel <= tol", kktResidual(kernel, flow.logX(), logBase),
        L1RateTolerances.FLOW_KKT, 0));
    EntropyProjectionResult projection = projectionOf(system, base);
    double distance = maxLogDistance(flow.logX(), projection.logX());
    double allowed = L1RateTolerances.FLOW_ENDPOINT_SAFETY
        * flowEndpointLogError(a, system.y(), flow)
        + projection.certificate().maxLogErrorBound() + L1RateTolerances.FLOW_LOG_SLACK;
    checks.add(Check.lessOrEqual(SPEC_ID, "max |log x_flow - log x_proj(" + name
        + ")| <= 10 (first-order endpoint error) + certificate", distance, allowed, 0));
    return checks;
  }

  /**
   * The entropy projection of {@code z 1} computed by the independent dual Newton solver of
   * {@link EntropyProjection} (the doubles of A and y are converted exactly to rationals).
   */
  public static EntropyProjectionResult projectionOf(PositiveSystem system, double z) {
    double[][] a = system.a();
    BigRational[][] exact = new BigRational[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        exact[i][j] = BigRational.valueOf(a[i][j]);
      }
    }
    BigRational[] y = new BigRational[system.y().length];
    for (int i = 0; i < y.length; i++) {
      y[i] = BigRational.valueOf(system.y()[i]);
    }
    return new EntropyProjection().solve(
        EntropyProjectionProblem.of(RationalMatrix.of(exact), y), z);
  }

  /** {@code max_j |u_j - v_j|}. */
  public static double maxLogDistance(double[] u, double[] v) {
    double max = 0;
    for (int j = 0; j < u.length; j++) {
      max = Math.max(max, Math.abs(u[j] - v[j]));
    }
    return max;
  }

  /**
   * First-order estimate of {@code max_j |log x_T - log x_inf|} at the flow's end point. Both
   * points satisfy the invariant, so their log difference is {@code A^T mu}; feasibility of the
   * limit gives, to first order, {@code A X A^T mu = -r_T} with {@code X = diag(x_T)} and
   * {@code r_T = A x_T - y}. The estimate is {@code ||A^T (A X A^T)^-1 r_T||_inf}.
   */
  static double flowEndpointLogError(double[][] a, double[] y, FlowResult flow) {
    int n = a.length;
    int d = a[0].length;
    double[] x = flow.x();
    double[][] gram = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
          sum += a[i][j] * x[j] * a[k][j];
        }
        gram[i][k] = sum;
      }
    }
    QuadraticReparameterizedLoss loss = new QuadraticReparameterizedLoss(a, y);
    double[] mu = new LUDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver()
        .solve(new ArrayRealVector(loss.residual(x), false)).toArray();
    double max = 0;
    for (double value : loss.transposeTimes(mu)) {
      max = Math.max(max, Math.abs(value));
    }
    return max;
  }


  /**
   * The relative KKT residual of the printed form (projection of {@code alpha 1}) at the flow
   * limit: of order {@code |log alpha| ||K^T 1||} when the printed form is false.
   */
  public static double printedKktResidual(PositiveSystem system, double alpha) {
    QuadraticReparameterizedLoss loss = new QuadraticReparameterizedLoss(system.a(), system.y());
    FlowResult flow = new LogDomainGradientFlow(loss).run(alpha, L1RateTolerances.FLOW_RESIDUAL,
        MAX_TIME);
    return kktResidual(kernelBasis(system.a()), flow.logX(), Math.log(alpha));
  }

  /** {@code ||K^T(logX - shift 1)|| / max(1, ||logX - shift 1||)} for an orthonormal K. */
  static double kktResidual(double[][] kernel, double[] logX, double shift) {
    double[] v = new double[logX.length];
    for (int j = 0; j < v.length; j++) {
      v[j] = logX[j] - shift;
    }
    double sum = 0;
    for (double[] k : kernel) {
      double dot = 0;
      for (int j = 0; j < v.length; j++) {
        dot += k[j] * v[j];
      }
      sum += dot * dot;
    }
    return Math.sqrt(sum) / Math.max(1.0, Vectors.norm(v));
  }

  /**
   * An orthonormal basis of {@code ker A} (rows of the result) from a QR decomposition of
   * {@code A^T}, or an empty array when A is not of full row rank (relative diagonal of R below
   * {@link L1RateTolerances#FLOW_RANK}).
   */
  static double[][] kernelBasis(double[][] a) {
    int n = a.length;
    int d = a[0].length;
    RealMatrix transpose = new Array2DRowRealMatrix(a).transpose();
    QRDecomposition qr = new QRDecomposition(transpose);
    RealMatrix r = qr.getR();
    double largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, Math.abs(r.getEntry(i, i)));
    }
    for (int i = 0; i < n; i++) {
      if (Math.abs(r.getEntry(i, i)) <= L1RateTolerances.FLOW_RANK * largest) {
        return new double[0][];
      }
    }
    RealMatrix q = qr.getQ();
    double[][] basis = new double[d - n][];
    for (int k = n; k < d; k++) {
      basis[k - n] = q.getColumn(k);
    }
    return basis;
  }
}
