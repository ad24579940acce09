package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.HessianSpectrum;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Margins;

/**
 * Checks shared by the NRSS stability-lemma checkers: the depth-D quantities of Appendix A.2 and
 * the proof steps (30)-(33), which Lemma 4.1 (D = 2) and Lemma 6.1 both use. Package-private.
 */
final class StabilityChecks {

  private StabilityChecks() {}

  /**
   * The weighted sums of Lemma 6.1 at a depth-D {@code theta}: with
   * {@code w_i = |u_{+,i}|^{2(D-1)} + |u_{-,i}|^{2(D-1)}}, {@code m = Ehat x}, {@code q = Ehat(x^2)}.
   *
   * @param lowerSum {@code sum_i w_i m_i^2}
   * @param upperSum {@code sum_i w_i q_i}
   * @param lowerNorm {@code ||theta^D o (m; m)^{D/(D-1)}||_p^p}, evaluated literally with |m|
   * @param upperNorm {@code ||theta^D o (q; q)^{D/(2(D-1))}||_p^p}, evaluated literally
   * @param printedLowerNorm {@code ||theta^D o w_1||_p^p} with {@code w_1} as printed in (14)
   * @param printedUpperNorm {@code ||theta^D o w_2||_p^p} with {@code w_2} as printed in (14)
   * @param coefficients {@code w_i}
   */
  record DepthSums(double lowerSum, double upperSum, double lowerNorm, double upperNorm,
      double printedLowerNorm, double printedUpperNorm, double[] coefficients) {}

  static DepthSums depthSums(SolutionInstance instance, int depth) {
    RegressionData data = instance.data();
    double[] theta = instance.theta();
    int d = data.dimension();
    double[] mean = data.empiricalMean();
    double[] moment = data.empiricalSecondMoment();
    double p = 2.0 * (depth - 1) / depth;
    double meanExponent = depth / (depth - 1.0);
    double momentExponent = depth / (2.0 * (depth - 1));
    double squareDepth = (double) depth * depth;
    double[] w = new double[d];
    double lower = 0;
    double upper = 0;
    double lowerNorm = 0;
    double upperNorm = 0;
    double printedLower = 0;
    double printedUpper = 0;
    for (int i = 0; i < d; i++) {
      w[i] = DepthDiagonalModel.power(theta[i], 2 * depth - 2)
          + DepthDiagonalModel.power(theta[d + i], 2 * depth - 2);
      lower += w[i] * mean[i] * mean[i];
      upper += w[i] * moment[i];
      double meanWeight = Math.pow(Math.abs(mean[i]), meanExponent);
      double momentWeight = Math.pow(moment[i], momentExponent);
      for (int block = 0; block < 2; block++) {
        double thetaPower = Math.abs(DepthDiagonalModel.power(theta[block * d + i], depth));
        lowerNorm += Math.pow(thetaPower * meanWeight, p);
        upperNorm += Math.pow(thetaPower * momentWeight, p);
        printedLower += Math.pow(thetaPower * squareDepth * meanWeight, p);
        printedUpper += Math.pow(thetaPower * squareDepth * momentWeight, p);
      }
    }
    return new DepthSums(lower, upper, lowerNorm, upperNorm, printedLower, printedUpper, w);
  }

  /**
   * The proof steps (30)-(33) of Appendix A.2 for a depth-D solution: the Rayleigh quotient at
   * {@code 1/sqrt(N) 1} and its closed form (30), the norm rewriting (31), the lower bound (32), and
   * for the upper bound (33) the expansion at the top eigenvector {@code p}, the per-coordinate
   * Cauchy-Schwarz step at its worst coordinate, the closed form of the trace, and the bound.
   */
  static List<Check> appendixSteps(SolutionInstance instance, HessianSpectrum spectrum, int depth,
      DepthSums sums) {
    RegressionData data = instance.data();
    double lambda = spectrum.lambdaMax();
    double squareDepth = (double) depth * depth;
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equalAtScale("NRSS:eq-30", "(1/N)||Phi 1/sqrt(N)||^2 = D^2 sum_i w_i (Ex_i)^2",
        spectrum.rayleighAtUniform(), squareDepth * sums.lowerSum(),
        spectrum.rayleighAtUniformScale(), StepSizeTolerances.ARITHMETIC));
    checks.add(Check.lessOrEqual("NRSS:eq-30", "(1/N)||Phi 1/sqrt(N)||^2 <= lambda_max",
        spectrum.rayleighAtUniform(), lambda, StepSizeTolerances.SPECTRAL));
    checks.add(Check.equal("NRSS:eq-31", "sum_i w_i (Ex_i)^2 = ||theta^D o (Ex;Ex)^{D/(D-1)}||_p^p",
        sums.lowerSum(), sums.lowerNorm(), StepSizeTolerances.ARITHMETIC));
    checks.add(Check.lessOrEqual("NRSS:eq-32", "D^2 ||theta^D o (Ex;Ex)^{D/(D-1)}||_p^p <= lambda_max",
        squareDepth * sums.lowerNorm(), lambda, StepSizeTolerances.SPECTRAL));

    double[] p = spectrum.topSampleVector();
    double[] w = sums.coefficients();
    double expansion = 0;
    double worstMargin = Double.POSITIVE_INFINITY;
    double worstLeft = 0;
    double worstRight = 0;
    for (int i = 0; i < data.dimension(); i++) {
      double projection = 0;
      double squares = 0;
      for (int n = 0; n < data.samples(); n++) {
        double x = data.feature(n, i);
        projection += x * p[n];
        squares += x * x;
      }
      double left = projection * projection;
      expansion += w[i] * left;
      double margin = Margins.ofInequality(left, squares);
      if (margin < worstMargin) {
        worstMargin = margin;
        worstLeft = left;
        worstRight = squares;
      }
    }
    checks.add(Check.equal("NRSS:eq-33", "lambda_max = (D^2/N) sum_i w_i (sum_n x_{n,i} p_n)^2",
        lambda, squareDepth * expansion / data.samples(), StepSizeTolerances.SPECTRAL));
    checks.add(Check.lessOrEqual("NRSS:eq-33",
        "worst i: (sum_n x_{n,i} p_n)^2 <= sum_n x_{n,i}^2 (Cauchy-Schwarz)", worstLeft, worstRight,
        StepSizeTolerances.ARITHMETIC));
    checks.add(Check.equal("NRSS:eq-33", "D^2 sum_i w_i Ehat(x_i^2) = (1/N) tr(Phi^T Phi)",
        squareDepth * sums.upperSum(), spectrum.traceBound(), StepSizeTolerances.ARITHMETIC));
    checks.add(Check.lessOrEqual("NRSS:eq-33", "lambda_max <= D^2 sum_i w_i Ehat(x_i^2)",
        lambda, squareDepth * sums.upperSum(), StepSizeTolerances.SPECTRAL));
    return checks;
  }

  /**
   * The equal forms of lambda_max at a solution (Section 8 / Appendix A.2 / Appendix C): lambda_max
   * of {@code (1/N) Phi^T Phi}, the Rayleigh quotient at the top eigenvector of the Hessian, and
   * {@code (1/N)||Phi p||^2} at the top sample vector p (item {@code formsId}); Euler's identity for
   * the gradients (item {@code eulerId}); and lambda_max of {@code (1/N) Phi Phi^T} (item
   * {@code phiPhiTId}, {@code phiDisplay} names the display defining Phi, or is empty). Tolerances:
   * {@link StepSizeTolerances#SPECTRAL}, {@link StepSizeTolerances#ARITHMETIC}.
   */
  static List<Check> spectralForms(HessianSpectrum spectrum, String formsId, String eulerId,
      String phiPhiTId, String phiDisplay) {
    double lambda = spectrum.lambdaMax();
    double tolerance = StepSizeTolerances.SPECTRAL;
    return List.of(
        Check.equal(formsId, "lambda_max(H) = lambda_max((1/N) Phi^T Phi)", lambda,
            spectrum.lambdaMaxGram(), tolerance),
        Check.equal(formsId, "lambda_max(H) = b^T H b at the top eigenvector b", lambda,
            spectrum.rayleighAtTopParameterVector(), tolerance),
        Check.equal(formsId, "lambda_max(H) = (1/N)||Phi p||^2 at the top p", lambda,
            spectrum.phiAtTopSampleVector(), tolerance),
        euler(eulerId, spectrum),
        Check.equal(phiPhiTId, "lambda_max(H) = lambda_max((1/N) Phi Phi^T)"
            + (phiDisplay.isEmpty() ? "" : ", Phi of " + phiDisplay), lambda,
            spectrum.lambdaMaxPhiPhiT(), tolerance));
  }

  /** Euler's identity {@code <theta, grad f(x_n)> = degree f(x_n)}, worst sample, as a check. */
  static Check euler(String specId, HessianSpectrum spectrum) {
    return Check.equalAtScale(specId, "max_n |<theta, grad f(x_n)> - deg f(x_n)| / scale_n = 0 (Euler)",
        spectrum.eulerDiscrepancy(), 0.0, 1.0, StepSizeTolerances.ARITHMETIC);
  }
}
