package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;

/**
 * The exact analysis of a recorded {@link SubgradientDescent} run: at every recorded (double)
 * iterate {@code x^(t)}, the exact {@code f(x^(t))}, the exact subgradient
 * {@code F_t = grad g(x^(t)) + beta H(x^(t))} of (3) and its squared norm, and the exact defect
 * {@code d_t = x^(t+1) - (x^(t) - alpha F_t)} of the computed step, with the ratio of
 * {@code max_k |d_t,k|} to its a-priori rounding bound ({@link TdrTolerances#stepRoundingBound}).
 * For a comparator z, {@link #identityDefect} is the exact amount by which
 * {@code ||x^(t+1) - z||^2} differs from the exact expansion
 * {@code ||x^(t) - z||^2 - 2 alpha (x^(t) - z)^T F_t + alpha^2 ||F_t||^2} (zero for an exact step).
 *
 * <p>Indexing: the loop's t (iterates after t updates, {@code x^(0)} the initial point, as in
 * Theorem 2.1). Cost: O(T N p) exact operations. Immutable.
 *
 * <p>Spec: {@code TDR:eq-3}, {@code TDR:eq-16}, {@code TDR:lem-C.12}.
 */
public final class SubgradientTrajectory {

  private final ExactObjective objective;
  private final BigRational alpha;
  private final BigRational[][] iterates;
  private final BigRational[] values;
  private final BigRational[][] subgradients;
  private final BigRational[] squaredNorms;
  private final double[] roundingRatios;

  private SubgradientTrajectory(ExactObjective objective, BigRational alpha,
      BigRational[][] iterates) {
    this.objective = objective;
    this.alpha = alpha;
    this.iterates = iterates;
    int n = iterates.length;
    this.values = new BigRational[n];
    this.subgradients = new BigRational[n][];
    this.squaredNorms = new BigRational[n];
    this.roundingRatios = new double[Math.max(n - 1, 0)];
    for (int t = 0; t < n; t++) {
      values[t] = objective.value(iterates[t]);
      subgradients[t] = objective.subgradient(iterates[t]);
      squaredNorms[t] = RationalVectors.dot(subgradients[t], subgradients[t]);
    }
    for (int t = 0; t + 1 < n; t++) {
      roundingRatios[t] = roundingRatio(objective, alpha, iterates[t], iterates[t + 1],
          subgradients[t]);
    }
  }

  /** Runs the instance's {@link SubgradientDescent} in double and analyses it exactly. */
  public static SubgradientTrajectory of(SubgradientRunInstance instance) {
    RationalLeastSquares loss = instance.loss();
    double[] targets = new double[loss.targets().length];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = loss.targets()[i].doubleValue();
    }
    LeastSquaresLoss g = new LeastSquaresLoss(loss.design().toDoubleRowMajor(),
        loss.design().rows(), loss.dimension(), targets);
    double[] initial = new double[instance.initial().length];
    for (int i = 0; i < initial.length; i++) {
      initial[i] = instance.initial()[i].doubleValue();
    }
    RecordedRun run = RecordedRun.of(g, instance.regularizer(), instance.beta().doubleValue(),
        instance.alpha().doubleValue(), initial, instance.steps());
    BigRational[][] iterates = new BigRational[run.size()][];
    for (int t = 0; t < run.size(); t++) {
      iterates[t] = ExactObjective.exact(run.iterate(t));
    }
    return new SubgradientTrajectory(
        new ExactObjective(loss, instance.regularizer(), instance.beta()), instance.alpha(),
        iterates);
  }

  private static double roundingRatio(ExactObjective objective, BigRational alpha,
      BigRational[] x, BigRational[] next, BigRational[] f) {
    RationalLeastSquares loss = objective.loss();
    double[] xd = toDouble(x);
    double[] absX = loss.design().toDoubleRowMajor();
    int rows = loss.design().rows();
    int p = xd.length;
    double[] inner = new double[rows];
    for (int i = 0; i < rows; i++) {
      double s = Math.abs(loss.targets()[i].doubleValue());
      for (int k = 0; k < p; k++) {
        s += Math.abs(absX[i * p + k]) * Math.abs(xd[k]);
      }
      inner[i] = s;
    }
    double worst = 0;
    for (int k = 0; k < p; k++) {
      double propagated = 0;
      for (int i = 0; i < rows; i++) {
        propagated += Math.abs(absX[i * p + k]) * inner[i];
      }
      double defect = Math.abs(next[k].subtract(x[k].subtract(alpha.multiply(f[k])))
          .doubleValue());
      double bound = TdrTolerances.stepRoundingBound(alpha.doubleValue(), propagated,
          Math.abs(f[k].doubleValue()), Math.abs(next[k].doubleValue()), rows + p);
      worst = Math.max(worst, bound > 0 ? defect / bound : (defect > 0 ? Double.POSITIVE_INFINITY
          : 0));
    }
    return worst;
  }

  private static double[] toDouble(BigRational[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i].doubleValue();
    }
    return d;
  }

  /** The number of recorded iterates. */
  public int size() {
    return iterates.length;
  }

  /** The objective. */
  public ExactObjective objective() {
    return objective;
  }

  /** {@code x^(t)}, exactly (a copy). */
  public BigRational[] iterate(int t) {
    return iterates[t].clone();
  }

  /** {@code f(x^(t))}. */
  public BigRational value(int t) {
    return values[t];
  }

  /** {@code F_t}, exactly (a copy). */
  public BigRational[] subgradient(int t) {
    return subgradients[t].clone();
  }

  /** {@code ||F_t||^2}. */
  public BigRational squaredNorm(int t) {
    return squaredNorms[t];
  }

  /** The largest rounding ratio over all recorded steps. */
  public double worstRoundingRatio() {
    double worst = 0;
    for (double r : roundingRatios) {
      worst = Math.max(worst, r);
    }
    return worst;
  }

  /** {@code ||x^(t) - z||^2}. */
  public BigRational squaredDistance(int t, BigRational[] z) {
    BigRational s = BigRational.ZERO;
    for (int k = 0; k < z.length; k++) {
      BigRational d = iterates[t][k].subtract(z[k]);
      s = s.add(d.multiply(d));
    }
    return s;
  }

  /** {@code (z - x^(t))^T F_t}. */
  public BigRational directional(int t, BigRational[] z) {
    BigRational s = BigRational.ZERO;
    for (int k = 0; k < z.length; k++) {
      s = s.add(z[k].subtract(iterates[t][k]).multiply(subgradients[t][k]));
    }
    return s;
  }

  /**
   * {@code ||x^(t+1) - z||^2 - (||x^(t) - z||^2 + 2 alpha (z - x^(t))^T F_t + alpha^2 ||F_t||^2)},
   * exactly.
   */
  public BigRational identityDefect(int t, BigRational[] z) {
    BigRational expansion = squaredDistance(t, z)
        .add(BigRational.TWO.multiply(alpha).multiply(directional(t, z)))
        .add(alpha.multiply(alpha).multiply(squaredNorms[t]));
    return squaredDistance(t + 1, z).subtract(expansion);
  }
}
