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
import org.tacit.l1rate.model.PositiveSystem;
import org.tacit.linalg.Vectors;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.TheoremChecker;
import org.tacit.verify.Verdict;

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
 * its limit is feasible ({@code ||Ax - y|| <= RESIDUAL_TOLERANCE max(1, ||y||)}), and the KKT
 * residual {@code ||K^T(log x - 2 log alpha 1)||_2 / max(1, ||log x - 2 log alpha 1||_2)} is at
 * most {@link #KKT_TOLERANCE}. That tolerance is sound because every Runge-Kutta step is a linear
 * combination of right-hand sides in {@code range(A^T)}, so it preserves the linear invariant up
 * to rounding: about (steps) x (d eps) relative, far below 1e-9 for the runs here (the printed
 * form's KKT residual is {@code |log alpha| ||K^T 1||}, of order 1).
 *
 * <p>{@link #printedKktResidual} evaluates the printed form, for the erratum test.
 *
 * <p>Spec: {@code MS:rem-I.2} (corrected), {@code MS:def-I.4}.
 */
public final class FlowLimitProjectionChecker implements TheoremChecker<FlowLimitProjectionChecker.Instance> {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:rem-I.2";
  /** Relative residual at which the flow counts as converged. */
  public static final double RESIDUAL_TOLERANCE = 1e-11;
  /** Bound on the relative KKT residual (see the class comment). */
  public static final double KKT_TOLERANCE = 1e-9;
  /** Largest flow time integrated. */
  public static final double MAX_TIME = 1e6;
  /** Smallest singular value (relative to the largest) accepted as full row rank. */
  public static final double RANK_TOLERANCE = 1e-8;

  /**
   * An instance: a system with a positive solution, and the initialization scale.
   *
   * @param system the system
   * @param alpha the scale of {@code u_0 = alpha 1}, positive
   */
  public record Instance(PositiveSystem system, double alpha) {}

  @Override
  public String specId() {
    return SPEC_ID;
  }

  @Override
  public String describe(Instance instance) {
    return "N=" + instance.system().a().length + ", d=" + instance.system().a()[0].length
        + ", alpha=" + instance.alpha();
  }

  @Override
  public Verdict check(Instance instance) {
    String label = describe(instance);
    PositiveSystem system = instance.system();
    double[][] a = system.a();
    int n = a.length;
    int d = a[0].length;
    if (!(instance.alpha() > 0)) {
      return Verdict.hypothesisFailed(SPEC_ID, label, "alpha > 0");
    }
    if (d <= n) {
      return Verdict.hypothesisFailed(SPEC_ID, label, "d > N (ker A non-trivial)");
    }
    QuadraticReparameterizedLoss loss = new QuadraticReparameterizedLoss(a, system.y());
    double[] positive = system.xPositive();
    for (double value : positive) {
      if (!(value > 0)) {
        return Verdict.hypothesisFailed(SPEC_ID, label, "a strictly positive solution");
      }
    }
    double scale = Math.max(1.0, Vectors.norm(system.y()));
    if (Vectors.norm(loss.residual(positive)) > 1e-12 * scale * Math.max(1.0, Vectors.norm(positive))) {
      return Verdict.hypothesisFailed(SPEC_ID, label, "A xPositive = y");
    }
    double[][] kernel = kernelBasis(a);
    if (kernel.length == 0) {
      return Verdict.hypothesisFailed(SPEC_ID, label, "A has full row rank");
    }
    FlowResult flow = new LogDomainGradientFlow(loss).run(instance.alpha(), RESIDUAL_TOLERANCE,
        MAX_TIME);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual("MS:def-I.4", "flow limit feasible: ||Ax - y|| <= tol max(1,||y||)",
        flow.residualNorm(), RESIDUAL_TOLERANCE * scale, 0));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "KKT of projection of alpha^2 1: ||K^T(log x - 2 log alpha)|| rel <= tol",
        kktResidual(kernel, flow.logX(), 2 * Math.log(instance.alpha())), KKT_TOLERANCE, 0));
    EntropyProjectionResult projection = projectionOf(system, instance.alpha() * instance.alpha());
    double distance = maxLogDistance(flow.logX(), projection.logX());
    double allowed = ENDPOINT_SAFETY * flowEndpointLogError(a, system.y(), flow)
        + projection.certificate().maxLogErrorBound() + 1e-12;
    checks.add(Check.lessOrEqual(SPEC_ID,
        "max |log x_flow - log x_proj(alpha^2 1)| <= 10 (first-order endpoint error) + certificate",
        distance, allowed, 0));
    return Verdict.of(SPEC_ID, label, checks);
  }

  /** Safety factor on the first-order estimate of the flow endpoint's log error. */
  public static final double ENDPOINT_SAFETY = 10;

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
    FlowResult flow = new LogDomainGradientFlow(loss).run(alpha, RESIDUAL_TOLERANCE, MAX_TIME);
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
   * {@link #RANK_TOLERANCE}).
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
      if (Math.abs(r.getEntry(i, i)) <= RANK_TOLERANCE * largest) {
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

  /**
   * Built-in instances: N in [1, 4], d in [N + 1, 3N + 2], A Gaussian except its first N columns,
   * which form a strictly diagonally dominant block (diagonal of magnitude in [2, 4], other entries
   * below 1/N), so A has full row rank for every draw, shrunk ones included (the checker verifies
   * it again); a positive solution with coordinates uniform in [0.1, 2], y = A x,
   * alpha = 10^(-k) for k uniform in [0, 3].
   */
  public static InstanceFamily<Instance> family() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "A = [diagonally dominant N x N | Gaussian] (N <= 4, d <= 3N+2), y = A x with x > 0, alpha in [1e-3, 1]";
      }

      @Override
      public Instance draw(Draws draws) {
        int n = draws.intBetween(1, 4);
        int d = draws.intBetween(n + 1, 3 * n + 2);
        double[][] a = new double[n][d];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            a[i][j] = draws.gaussian();
          }
          a[i][i] = draws.uniform(2, 4) * (draws.coin() ? 1 : -1);
          for (int k = 0; k < n; k++) {
            if (k != i) {
              a[i][k] = draws.uniform(-1, 1) / n;
            }
          }
        }
        double[] x = new double[d];
        for (int j = 0; j < d; j++) {
          x[j] = draws.uniform(0.1, 2);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            y[i] += a[i][j] * x[j];
          }
        }
        double alpha = Math.pow(10, -draws.uniform(0, 3));
        return new Instance(new PositiveSystem(a, y, x), alpha);
      }
    };
  }
}
