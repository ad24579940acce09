package org.tacit.group.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The primal-dual iterative regularisation of Molinari, Massias, Rosasco and Villa (2021) that
 * LNHW Appendix E.3 compares with: the Chambolle-Pock iteration for
 * {@code min sum_l ||w_l||_2 subject to X w = y}, applied to the dual (extrapolation on the dual
 * variable), stopped after a fixed number of iterations; the iteration count is the regularisation
 * parameter (chosen on validation data by the caller). From {@code w_0 = 0},
 * {@code theta_0 = theta_{-1} = 0}:
 * <pre>
 *   w_{k+1}     = prox_{tau sum ||.||}(w_k - tau X^T (2 theta_k - theta_{k-1}))
 *   theta_{k+1} = theta_k + sigma (X w_{k+1} - y)
 * </pre>
 * with group soft-thresholding {@code prox_{tau sum ||.||}(z)_l = (1 - tau / ||z_l||)_+ z_l},
 * {@code tau = sqrt(rho) s / N}, {@code sigma = sqrt(rho) / (s N)} with {@code N >= ||X||_2} (so
 * {@code tau sigma ||X||_2^2 <= rho < 1}, the Chambolle-Pock condition) and step ratio
 * {@code s > 0}. This is iterreg's {@code sparse.dual_primal} with {@code prox} = group
 * soft-thresholding; the authors' notebook calls it with {@code rho = 0.99},
 * {@code max_iter = 100} and the step ratio {@code 10 * datadriven_ratio(X, y)}, whose formula
 * could not be read here: {@link #dataDrivenStepRatio} is this project's stated substitute
 * (proofs-notes/LNHW/figure-12-comparison.md).
 *
 * <p>Cost O(n p) per iteration. Spec: {@code LNHW:fig-12}.
 */
public final class PrimalDualIterativeRegularization {

  /** The authors' {@code rho}. */
  public static final double RHO = 0.99;

  /** The authors' factor in front of the data-driven ratio. */
  public static final double RATIO_FACTOR = 10;

  private PrimalDualIterativeRegularization() {}

  /** {@code ||X||_2 = sqrt(n lambda_max(X^T X / n))} up to a relative {@code 1e-9} enlargement. */
  public static double operatorNorm(GroupedDesign design) {
    return Math.sqrt(design.samples() * GroupLasso.lipschitz(design));
  }

  /**
   * The step ratio {@code s = 10 max_l ||X_l^T y||_2 / ||X||_2}: with it the dual iterates grow
   * like {@code theta_k = -k sigma y} while {@code w = 0}, and the first group leaves zero at the
   * first {@code k} with {@code (k + 1) sigma max_l ||X_l^T y|| > 1}, i.e. after about
   * {@code 10 / sqrt(rho)} iterations whatever the scale of X and y.
   */
  public static double dataDrivenStepRatio(GroupedDesign design, double operatorNorm) {
    double[] correlation = design.correlations(design.responses());
    GroupPartition groups = design.groups();
    double largest = 0;
    for (int l = 0; l < groups.groupCount(); l++) {
      largest = Math.max(largest, GroupLasso.groupNorm(correlation, groups, l));
    }
    return RATIO_FACTOR * design.samples() * largest / operatorNorm;
  }

  /**
   * {@code iterations} iterations with step ratio {@code s} and {@code rho}.
   *
   * @param operatorNorm {@link #operatorNorm} of the design (an upper bound on {@code ||X||_2})
   */
  public static PrimalDualPath run(GroupedDesign design, int iterations, double stepRatio,
      double rho, double operatorNorm) {
    if (iterations < 1 || !(stepRatio > 0) || !(rho > 0 && rho < 1) || !(operatorNorm > 0)) {
      throw new IllegalArgumentException("need iterations >= 1, s > 0, 0 < rho < 1, ||X|| > 0");
    }
    int n = design.samples();
    int p = design.dimension();
    GroupPartition groups = design.groups();
    double tau = Math.sqrt(rho) * stepRatio / operatorNorm;
    double sigma = Math.sqrt(rho) / (stepRatio * operatorNorm);
    double[] y = design.responses();
    double[] w = new double[p];
    double[] theta = new double[n];
    double[] thetaOld = new double[n];
    double[] extrapolated = new double[n];
    List<double[]> path = new ArrayList<>();
    for (int k = 0; k < iterations; k++) {
      for (int row = 0; row < n; row++) {
        extrapolated[row] = 2 * theta[row] - thetaOld[row];
      }
      double[] correlation = design.correlations(extrapolated);
      for (int i = 0; i < p; i++) {
        w[i] -= tau * n * correlation[i];
      }
      GroupLasso.groupSoftThreshold(w, groups, tau);
      System.arraycopy(theta, 0, thetaOld, 0, n);
      double[] fit = design.times(w);
      for (int row = 0; row < n; row++) {
        theta[row] += sigma * (fit[row] - y[row]);
      }
      path.add(w.clone());
    }
    return new PrimalDualPath(path, tau, sigma);
  }
}
