package org.tacit.stepsize.model;

/**
 * The bracket of NRSS Lemma D.2 on the minimal lambda_max over solutions of the depth-2 model (4),
 * and hence on the largest step size {@code 2 / min lambda_max} at which a solution can be stable
 * (Lemma 2.3):
 * {@code min_{X beta = y} ||beta o 4 (Ehat x)^2||_1 <= min_theta lambda_max(theta)
 * <= min_{X beta = y} ||beta o 4 Ehat(x^2)||_1}. The left inequality combines
 * {@code |beta| <= u_+^2 + u_-^2} with the lower bound of Lemma 4.1 (rem-D.1); the right one
 * evaluates the upper bound of Lemma 4.1 at {@code u_+- = sqrt(beta^+-)} for the weighted-l1
 * minimizer (rem-D.2). Both sides are LPs ({@link Interpolators#minimumWeightedL1}).
 *
 * <p>Spec: {@code NRSS:lem-D.2}, {@code NRSS:rem-D.1}, {@code NRSS:rem-D.2}.
 *
 * @param lowerLambda {@code min ||beta o 4 (Ehat x)^2||_1}
 * @param upperLambda {@code min ||beta o 4 Ehat(x^2)||_1}
 * @param lowerMinimizer the minimizer of the lower weighting
 * @param upperMinimizer the minimizer of the upper weighting
 */
public record StableStepBracket(double lowerLambda, double upperLambda, double[] lowerMinimizer,
    double[] upperMinimizer) {

  /** Solves both LPs on {@code data}. */
  public static StableStepBracket of(RegressionData data) {
    double[] mean = data.empiricalMean();
    double[] moment = data.empiricalSecondMoment();
    double[] lowerWeights = new double[mean.length];
    double[] upperWeights = new double[mean.length];
    for (int i = 0; i < mean.length; i++) {
      lowerWeights[i] = 4 * mean[i] * mean[i];
      upperWeights[i] = 4 * moment[i];
    }
    double[] lower = Interpolators.minimumWeightedL1(data, lowerWeights);
    double[] upper = Interpolators.minimumWeightedL1(data, upperWeights);
    return new StableStepBracket(Interpolators.weightedL1(lower, lowerWeights),
        Interpolators.weightedL1(upper, upperWeights), lower, upper);
  }

  /** The smallest possible largest stable step, {@code 2 / upperLambda}. */
  public double largestStableStepLower() {
    return 2 / upperLambda;
  }

  /** The largest possible largest stable step, {@code 2 / lowerLambda}. */
  public double largestStableStepUpper() {
    return 2 / lowerLambda;
  }

  /**
   * The depth-2 solution {@code u_+ = sqrt(beta^+), u_- = sqrt(beta^-)} at the upper minimizer,
   * whose lambda_max is at most {@link #upperLambda} (the witness of rem-D.2).
   */
  public double[] upperWitness() {
    int d = upperMinimizer.length;
    double[] theta = new double[2 * d];
    for (int i = 0; i < d; i++) {
      theta[i] = Math.sqrt(Math.max(upperMinimizer[i], 0));
      theta[d + i] = Math.sqrt(Math.max(-upperMinimizer[i], 0));
    }
    return theta;
  }
}
