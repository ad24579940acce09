package org.tacit.stepsize.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.lp.L1Solution;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.SignedL1Minimizer;

/**
 * The l1 links of the proof chain (48) of NRSS Lemma D.3, exactly, on rational data
 * {@code X} (N samples as rows, d features) and labels y. With {@code m = Ehat(x)},
 * {@code q = Ehat(x^2)} (empirical means over the samples):
 * <ul>
 *   <li>{@code beta*}: the minimum-l1 interpolator ({@link SignedL1Minimizer}, exact, unique);
 *   <li>{@code beta^}: the interpolator minimizing {@code ||beta o m^2||_1} (the same LP after the
 *       column scaling {@code gamma = m^2 o beta}; exact, unique);
 *   <li>the printed step {@code ||beta^ o q||_1 <= ||beta* o q||_1} (unjustified: beta^ minimizes
 *       the m^2-weighted norm, not the q-weighted one);
 *   <li>the corrected step (rem-D.2 route): {@code min_{X beta = y} ||beta o q||_1 <=
 *       ||beta* o q||_1}, and its LP minimizer attains at most both weighted norms in question.
 * </ul>
 * Whether the three minimizers are unique is decided exactly ({@link Result#unique}), so a failure
 * of the printed step on unique minimizers holds for every choice of argmin. The checks are in
 * {@code stepsize.check.WeightedL1ChainChecker}. Cost: three exact l1 LPs.
 *
 * <p>Spec: {@code NRSS:eq-48}, {@code NRSS:lem-D.3}.
 */
public final class WeightedL1Chain {

  private WeightedL1Chain() {}

  /**
   * The quantities of the chain.
   *
   * @param minimumL1 {@code beta*}
   * @param weightedByMeanSquare {@code beta^}
   * @param minimumQWeighted the interpolator minimizing {@code ||beta o q||_1}
   * @param printedLeft {@code ||beta^ o q||_1}
   * @param printedRight {@code ||beta* o q||_1}
   * @param correctedLeft {@code min ||beta o q||_1} over interpolators
   * @param unique whether all three LP minimizers are unique
   */
  public record Result(BigRational[] minimumL1, BigRational[] weightedByMeanSquare,
      BigRational[] minimumQWeighted, BigRational printedLeft, BigRational printedRight,
      BigRational correctedLeft, boolean unique) {

    /** Copies the arrays. */
    public Result {
      minimumL1 = minimumL1.clone();
      weightedByMeanSquare = weightedByMeanSquare.clone();
      minimumQWeighted = minimumQWeighted.clone();
    }

    /** Whether the printed step {@code ||beta^ o q||_1 <= ||beta* o q||_1} holds. */
    public boolean printedStepHolds() {
      return printedLeft.compareTo(printedRight) <= 0;
    }
  }

  /**
   * Evaluates the chain; requires every column mean {@code m_i} non-zero and {@code X beta = y}
   * solvable.
   */
  public static Result evaluate(RationalMatrix samples, BigRational[] labels) {
    int n = samples.rows();
    int d = samples.cols();
    BigRational[] m = new BigRational[d];
    BigRational[] q = new BigRational[d];
    for (int i = 0; i < d; i++) {
      BigRational sum = BigRational.ZERO;
      BigRational squares = BigRational.ZERO;
      for (int k = 0; k < n; k++) {
        sum = sum.add(samples.get(k, i));
        squares = squares.add(samples.get(k, i).pow(2));
      }
      m[i] = sum.divide(BigRational.of(n));
      q[i] = squares.divide(BigRational.of(n));
      if (m[i].isZero()) {
        throw new IllegalArgumentException("column mean m_" + i + " is zero");
      }
    }
    L1Solution star = SignedL1Minimizer.solve(new LinearSystem(samples, labels), LpPrecision.EXACT);
    if (!star.feasible()) {
      throw new IllegalArgumentException("X beta = y has no solution");
    }
    BigRational[] squaredMeans = new BigRational[d];
    for (int i = 0; i < d; i++) {
      squaredMeans[i] = m[i].pow(2);
    }
    WeightedMinimum hat = weightedMinimum(samples, labels, squaredMeans);
    WeightedMinimum qWeighted = weightedMinimum(samples, labels, q);
    BigRational[] betaStar = star.x();
    return new Result(betaStar, hat.beta, qWeighted.beta, weightedNorm(hat.beta, q),
        weightedNorm(betaStar, q), weightedNorm(qWeighted.beta, q),
        star.unique() && hat.unique && qWeighted.unique);
  }

  private record WeightedMinimum(BigRational[] beta, boolean unique) {}

  /** {@code argmin ||beta o w||_1} over {@code X beta = y} for positive weights w. */
  private static WeightedMinimum weightedMinimum(RationalMatrix samples, BigRational[] labels,
      BigRational[] weights) {
    int n = samples.rows();
    int d = samples.cols();
    BigRational[][] scaled = new BigRational[n][d];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < d; i++) {
        scaled[k][i] = samples.get(k, i).divide(weights[i]);
      }
    }
    L1Solution gamma = SignedL1Minimizer.solve(
        new LinearSystem(RationalMatrix.of(scaled), labels), LpPrecision.EXACT);
    BigRational[] g = gamma.x();
    BigRational[] beta = new BigRational[d];
    for (int i = 0; i < d; i++) {
      beta[i] = g[i].divide(weights[i]);
    }
    return new WeightedMinimum(beta, gamma.unique());
  }

  private static BigRational weightedNorm(BigRational[] beta, BigRational[] weights) {
    BigRational sum = BigRational.ZERO;
    for (int i = 0; i < beta.length; i++) {
      sum = sum.add(beta[i].abs().multiply(weights[i]));
    }
    return sum;
  }
}
