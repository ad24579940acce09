package org.tacit.grokking.model;

import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.tacit.linalg.DenseKernels;
import org.tacit.training.ProgressListener;
import org.tacit.training.TrainingResult;

/**
 * The projected subgradient method of TDR Appendix D.1 in double precision:
 * {@code a <- Pi(a - alpha beta H(a))} with {@code Pi(z) = z - X^T (X X^T)^{-1} (X z - y*)} the
 * projection onto {@code {a : X a = y*}}, as an {@link org.tacit.training.IterativeMethod} of the shared training
 * loop (whose loss is {@code f = g + beta h}, so the loop's divergence rule applies); every
 * iterate is shown to a {@link StepObserver} with its residual ({@link ObservedDescent}). The exact counterpart is
 * {@link ProjectedSubgradientInstance#iterates()}.
 *
 * <p>Contract: X must have full row rank ({@code X X^T} positive definite, decided by a Cholesky
 * factorization; the explicit inverse is formed once). Cost per step: three passes over X
 * (O(N n)) plus O(N^2).
 *
 * <p>Spec: {@code TDR:rem-3.1.5}, {@code TDR:rem-D.1.1}, {@code TDR:fig-12}.
 */
public final class ProjectedSubgradientDescent extends ObservedDescent {

  private final double[] gramInverse;
  private final double[] subgradient;
  private final double[] violation;
  private final double[] multiplier;
  private final double[] correction;

  /**
   * The method for {@code f = g + beta h} on g's design and targets.
   *
   * @throws IllegalArgumentException if X does not have full row rank, the dimensions differ, or
   *     beta is negative or not finite
   */
  public ProjectedSubgradientDescent(LeastSquaresLoss g, Regularizer h, double beta,
      StepObserver observer) {
    super(g, h, beta, observer);
    this.gramInverse = gramInverse(g.design(), g.samples(), g.dimension());
    this.subgradient = new double[g.dimension()];
    this.violation = new double[g.samples()];
    this.multiplier = new double[g.samples()];
    this.correction = new double[g.dimension()];
  }

  /**
   * Runs {@code maxSteps} updates with constant step {@code alpha} from {@code initial} (not
   * modified).
   */
  public static TrainingResult run(LeastSquaresLoss g, Regularizer h, double beta, double alpha,
      double[] initial, long maxSteps, StepObserver observer, ProgressListener progress) {
    return ObservedDescent.run(new ProjectedSubgradientDescent(g, h, beta, observer), alpha,
        initial, maxSteps, progress);
  }

  private static double[] gramInverse(double[] x, int samples, int dimension) {
    double[][] gram = new double[samples][samples];
    for (int i = 0; i < samples; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = 0; k < dimension; k++) {
          s += x[i * dimension + k] * x[j * dimension + k];
        }
        gram[i][j] = s;
        gram[j][i] = s;
      }
    }
    RealMatrix inverse;
    try {
      inverse = new CholeskyDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver()
          .getInverse();
    } catch (NonPositiveDefiniteMatrixException e) {
      throw new IllegalArgumentException("X X^T is not positive definite: X must have full row"
          + " rank", e);
    }
    double[] flat = new double[samples * samples];
    for (int i = 0; i < samples; i++) {
      for (int j = 0; j < samples; j++) {
        flat[i * samples + j] = inverse.getEntry(i, j);
      }
    }
    return flat;
  }

  @Override
  public Optional<String> update(double[] theta, long t, double step) {
    h.subgradient(theta, subgradient);
    double scaled = step * beta;
    for (int k = 0; k < theta.length; k++) {
      theta[k] -= scaled * subgradient[k];
    }
    g.residual(theta, violation);
    DenseKernels.times(gramInverse, g.samples(), g.samples(), violation, multiplier);
    DenseKernels.transposeTimes(g.design(), g.samples(), g.dimension(), multiplier, 1.0,
        correction);
    for (int k = 0; k < theta.length; k++) {
      theta[k] -= correction[k];
    }
    return Optional.empty();
  }
}
