package org.tacit.group.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;

/**
 * The grouped model in exact arithmetic, in its Gram form: the loss and its gradient need only
 * {@code Sigma = X^T X / n}, {@code c = X^T y / n} and {@code ||y||^2 / n}, since
 * {@code L_n(w) = w^T Sigma w / 2 - c^T w + ||y||^2 / (2n)} and {@code -X^T r / n = Sigma w - c}.
 * Built from a rational design ({@link #ofDesign}) or from a Gram matrix directly
 * ({@link #ofGram}, for designs constructed through their Gram matrix, LNHW Section 10 of the
 * inventory).
 *
 * <p>Contract: {@code Sigma} symmetric {@code p x p}; exact; cost O(p^2) big-number operations
 * per evaluation.
 *
 * <p>Spec: {@code LNHW:rem-2.2}, {@code LNHW:rem-2.3}, {@code LNHW:lem-2}.
 */
public final class ExactGramModel {

  private final GroupPartition groups;
  private final int samples;
  private final BigRational[][] sigma;
  private final BigRational[] c;
  private final BigRational yNormSquaredOverN;

  private ExactGramModel(GroupPartition groups, int samples, BigRational[][] sigma,
      BigRational[] c, BigRational yNormSquaredOverN) {
    int p = groups.dimension();
    if (sigma.length != p || c.length != p) {
      throw new IllegalArgumentException("Sigma must be p x p and c of length p, p = " + p);
    }
    for (int i = 0; i < p; i++) {
      if (sigma[i].length != p) {
        throw new IllegalArgumentException("Sigma row " + i + " has " + sigma[i].length
            + " entries, p = " + p);
      }
      for (int j = 0; j < i; j++) {
        if (!sigma[i][j].equals(sigma[j][i])) {
          throw new IllegalArgumentException("Sigma is not symmetric at (" + i + ", " + j + ")");
        }
      }
    }
    this.groups = groups;
    this.samples = samples;
    this.sigma = sigma;
    this.c = c;
    this.yNormSquaredOverN = yNormSquaredOverN;
  }

  /** The model of the rational design {@code x} ({@code n x p}) and responses {@code y}. */
  public static ExactGramModel ofDesign(GroupPartition groups, BigRational[][] x,
      BigRational[] y) {
    int n = x.length;
    int p = groups.dimension();
    if (n < 1 || y.length != n) {
      throw new IllegalArgumentException("X needs n >= 1 rows and y n entries");
    }
    BigRational inverseN = BigRational.of(1, n);
    BigRational[][] sigma = new BigRational[p][p];
    BigRational[] c = new BigRational[p];
    for (int i = 0; i < p; i++) {
      BigRational ci = BigRational.ZERO;
      for (int row = 0; row < n; row++) {
        ci = ci.add(x[row][i].multiply(y[row]));
      }
      c[i] = ci.multiply(inverseN);
      for (int j = 0; j <= i; j++) {
        BigRational sum = BigRational.ZERO;
        for (int row = 0; row < n; row++) {
          sum = sum.add(x[row][i].multiply(x[row][j]));
        }
        sigma[i][j] = sum.multiply(inverseN);
        sigma[j][i] = sigma[i][j];
      }
    }
    BigRational yy = BigRational.ZERO;
    for (BigRational yi : y) {
      yy = yy.add(yi.multiply(yi));
    }
    return new ExactGramModel(groups, n, sigma, c, yy.multiply(inverseN));
  }

  /**
   * The model given by its Gram data: {@code Sigma}, {@code c = X^T y / n} and
   * {@code ||y||^2 / n}, for {@code samples} samples (which only scales the {@link
   * LossConvention#NO_N} convention).
   */
  public static ExactGramModel ofGram(GroupPartition groups, int samples, BigRational[][] sigma,
      BigRational[] c, BigRational yNormSquaredOverN) {
    BigRational[][] copy = new BigRational[sigma.length][];
    for (int i = 0; i < sigma.length; i++) {
      copy[i] = sigma[i].clone();
    }
    return new ExactGramModel(groups, samples, copy, c.clone(), yNormSquaredOverN);
  }

  /** The partition. */
  public GroupPartition groups() {
    return groups;
  }

  /** The number of samples {@code n}. */
  public int samples() {
    return samples;
  }

  /** {@code Sigma_ij}. */
  public BigRational sigma(int i, int j) {
    return sigma[i][j];
  }

  /** {@code c_i = (X^T y / n)_i}. */
  public BigRational correlation(int i) {
    return c[i];
  }

  /** {@code q = Sigma w - c = -X^T r / n}. */
  public BigRational[] negativeCorrelations(BigRational[] w) {
    int p = groups.dimension();
    BigRational[] q = new BigRational[p];
    for (int i = 0; i < p; i++) {
      BigRational sum = c[i].negate();
      for (int j = 0; j < p; j++) {
        sum = sum.add(sigma[i][j].multiply(w[j]));
      }
      q[i] = sum;
    }
    return q;
  }

  /** {@code L_n(w) = w^T Sigma w / 2 - c^T w + ||y||^2 / (2n)}, times the convention's factor. */
  public BigRational loss(BigRational[] w, LossConvention convention) {
    int p = groups.dimension();
    BigRational quadratic = BigRational.ZERO;
    BigRational linear = BigRational.ZERO;
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        quadratic = quadratic.add(w[i].multiply(sigma[i][j]).multiply(w[j]));
      }
      linear = linear.add(c[i].multiply(w[i]));
    }
    BigRational half = BigRational.of(1, 2);
    BigRational value = quadratic.multiply(half).subtract(linear)
        .add(yNormSquaredOverN.multiply(half));
    return value.multiply(convention.exactScale(samples));
  }

  /** The loss at the parameters {@code (u, v)}. */
  public BigRational loss(BigRational[] u, BigRational[] v, LossConvention convention) {
    return loss(GroupedWeights.of(groups, u, v), convention);
  }

  /**
   * The gradient at {@code (u, v)}, by the closed form of Appendix B: with
   * {@code q = Sigma w - c}, {@code dL_n/dv_i = u_{g(i)}^2 q_i} and
   * {@code dL_n/du_l = 2 u_l sum_{i in G_l} v_i q_i}, times the convention's factor.
   */
  public ExactGradient gradient(BigRational[] u, BigRational[] v, LossConvention convention) {
    BigRational[] q = negativeCorrelations(GroupedWeights.of(groups, u, v));
    BigRational scale = convention.exactScale(samples);
    BigRational[] gradU = new BigRational[groups.groupCount()];
    Arrays.fill(gradU, BigRational.ZERO);
    BigRational[] gradV = new BigRational[groups.dimension()];
    for (int i = 0; i < gradV.length; i++) {
      int l = groups.groupOf(i);
      gradV[i] = u[l].multiply(u[l]).multiply(q[i]).multiply(scale);
      gradU[l] = gradU[l].add(v[i].multiply(q[i]));
    }
    for (int l = 0; l < gradU.length; l++) {
      gradU[l] = gradU[l].multiply(BigRational.TWO).multiply(u[l]).multiply(scale);
    }
    return new ExactGradient(gradU, gradV);
  }

  /**
   * An exact gradient.
   *
   * @param u {@code dL/du} (length L)
   * @param v {@code dL/dv} (length p)
   */
  public record ExactGradient(BigRational[] u, BigRational[] v) {}
}
