package org.tacit.stepsize.model;

import org.tacit.linalg.LanczosLambdaMax;
import org.tacit.linalg.LinalgTolerances;
import org.tacit.linalg.SymmetricEigen;

/**
 * lambda_max of the Hessian (18) at any parameters with the two bounds of NRSS Lemmas 4.1, 6.1
 * (proved form) and C.1, evaluated as what they are at every {@code theta}: bounds on the
 * Gauss-Newton term {@code G = (1/N) Phi Phi^T},
 * {@code lowerBound = sum_k c_k^2 (Ehat x)_{k mod d}^2} (the Rayleigh quotient of
 * {@code (1/N) Phi^T Phi} at {@code 1/sqrt(N) 1}, (30)/(41)) {@code <= lambda_max(G) <=}
 * {@code upperBound = sum_k c_k^2 Ehat(x^2)_{k mod d}} (the trace, (33)), with {@code c} the
 * feature coefficients of the model. The full Hessian is {@code G + R} with the residual term
 * {@code R = Hess <beta(theta), g>}, which vanishes at solutions; {@code |lambda_max(H) -
 * lambda_max(G)| <= ||R||_2 = residualTermNorm} (Weyl).
 *
 * <p>For depth 2 the lower bound is the stability measure {@code ||(u_+^2 + u_-^2) o 4 (Ehat x)^2||_1}
 * of (8); for depth D it is {@code D^2 ||theta^D o (Ehat x; Ehat x)^{D/(D-1)}||_p^p} of (23); for UV
 * the left side of (35).
 *
 * <p>Cost: lambda_max dense ({@link SymmetricEigen}, O(P^3)) for {@code P = B d <=}
 * {@link #DENSE_LIMIT}, else Lanczos on the matrix-free Hessian (O(m N d) for m iterations).
 *
 * <p>Spec: {@code NRSS:lem-4.1}, {@code NRSS:lem-6.1}, {@code NRSS:lem-C.1}, {@code NRSS:eq-18}.
 *
 * @param lambdaMax lambda_max of the full Hessian (18)
 * @param lowerBound the Lemma lower bound (stability measure)
 * @param upperBound the Lemma upper bound (trace of the Gauss-Newton term)
 * @param residualTermNorm {@code ||R||_2}, zero at exact solutions
 * @param method {@code "dense"} or {@code "lanczos"}
 */
public record HessianBounds(double lambdaMax, double lowerBound, double upperBound,
    double residualTermNorm, String method) {

  /** Largest parameter count for the dense eigensolver. */
  public static final int DENSE_LIMIT = 800;

  /** Lanczos iteration budget for larger problems. */
  public static final int LANCZOS_ITERATIONS = 400;

  /** Computes everything at {@code theta}. */
  public static HessianBounds at(SquaredLoss loss, double[] theta) {
    RegressionData data = loss.data();
    DiagonalNetworkModel model = loss.model();
    int d = data.dimension();
    RegressionData.requireLength(theta, model.blocks() * d, "theta");
    double[] c = model.featureCoefficients(theta, d);
    double[] mean = data.empiricalMean();
    double[] moment = data.empiricalSecondMoment();
    double lower = 0;
    double upper = 0;
    for (int k = 0; k < c.length; k++) {
      double square = c[k] * c[k];
      lower += square * mean[k % d] * mean[k % d];
      upper += square * moment[k % d];
    }
    double[] g = loss.residualCorrelation(theta);
    double residualNorm = residualTermNorm(model, theta, g);
    int size = loss.parameterCount();
    if (size <= DENSE_LIMIT) {
      double lambda = SymmetricEigen.lambdaMax(loss.hessian(theta), size);
      return new HessianBounds(lambda, lower, upper, residualNorm, "dense");
    }
    LanczosLambdaMax.Result result = LanczosLambdaMax.compute(loss.hessianOperator(theta),
        LANCZOS_ITERATIONS, LinalgTolerances.LANCZOS);
    return new HessianBounds(result.lambdaMax(), lower, upper, residualNorm, "lanczos");
  }

  /**
   * {@code ||Hess_theta <beta(theta), g>||_2}: depth D, the diagonal
   * {@code D(D-1) u^{D-2} g}, so its largest absolute entry; UV, 2 x 2 blocks
   * {@code [[0, +-g_i], [+-g_i, 0]]} with eigenvalues {@code +-g_i}, so {@code max_i |g_i|}.
   */
  static double residualTermNorm(DiagonalNetworkModel model, double[] theta, double[] g) {
    int d = g.length;
    double norm = 0;
    if (model instanceof DepthDiagonalModel depthModel) {
      int depth = depthModel.depth();
      double factor = (double) depth * (depth - 1);
      for (int k = 0; k < 2 * d; k++) {
        norm = Math.max(norm,
            Math.abs(factor * DepthDiagonalModel.power(theta[k], depth - 2) * g[k % d]));
      }
      return norm;
    }
    for (double gi : g) {
      norm = Math.max(norm, Math.abs(gi));
    }
    return norm;
  }
}
