package org.tacit.benign.model;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;

/**
 * The ideal setting of Section 4: gradient descent on {@code ||X v - xi||^2/(2n)} from
 * {@code v = 0}, {@code v^(t+1) = v^(t) - (eta/n) X^T (X v^(t) - xi)}, exactly, for a design
 * meant to satisfy {@code X X^T = d I_n} (the checker decides it).
 *
 * <p>Contract: {@code X} is rectangular {@code n x d} with {@code n >= 1}, {@code xi} has length
 * {@code n}, {@code steps >= 0}; arrays are not copied. The run costs O(T n d) exact operations.
 *
 * <p>Spec: {@code ZG:rem-4.2}, {@code ZG:rem-4.3}.
 *
 * @param x the design {@code X}
 * @param noise the noise {@code xi} (the labels of the ideal fit)
 * @param eta the step size
 * @param steps the number {@code T} of steps
 */
public record IdealDesignInstance(BigRational[][] x, BigRational[] noise, BigRational eta,
    int steps) {

  /** Checks the shapes. */
  public IdealDesignInstance {
    if (x.length == 0 || x.length != noise.length || steps < 0) {
      throw new IllegalArgumentException("inconsistent shapes or negative step count");
    }
  }

  /** {@code n}. */
  public int samples() {
    return x.length;
  }

  /** {@code d}. */
  public int dimension() {
    return x[0].length;
  }

  /** The residual {@code X v - xi}. */
  public BigRational[] residual(BigRational[] v) {
    return LearnerVectors.subtract(LearnerVectors.times(x, v), noise);
  }

  /** The iterates {@code v^(0) = 0, ..., v^(T)}. */
  public List<BigRational[]> trajectory() {
    List<BigRational[]> out = new ArrayList<>();
    BigRational[] v = LearnerVectors.constant(dimension(), BigRational.ZERO);
    out.add(v);
    BigRational scale = eta.divide(BigRational.of(samples()));
    for (int t = 0; t < steps; t++) {
      v = LearnerVectors.subtract(v,
          LearnerVectors.scale(scale, LearnerVectors.transposeTimes(x, residual(v))));
      out.add(v);
    }
    return out;
  }

  /** {@code X X^T - d I_n}, exactly. */
  public BigRational[][] gramDeviation() {
    int n = samples();
    BigRational[][] out = new BigRational[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        BigRational sum = i == j ? BigRational.of(-dimension()) : BigRational.ZERO;
        for (int k = 0; k < dimension(); k++) {
          sum = sum.add(x[i][k].multiply(x[j][k]));
        }
        out[i][j] = sum;
      }
    }
    return out;
  }
}
