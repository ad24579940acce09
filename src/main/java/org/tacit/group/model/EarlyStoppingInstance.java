package org.tacit.group.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;

/**
 * An instance of LNHW Theorems 3 and 4: a rational design {@code X} ({@code n x p}), rational
 * {@code w*} and noise {@code xi} (so {@code y = X w* + xi}), and the algorithm's parameters:
 * the precision {@code eps}, the initial magnitude {@code alpha}, the u-step {@code gamma}, the
 * initial directions {@code v(0)} and, for Algorithm 2, the constant v-step {@code eta}.
 *
 * <p>The exact data give the theorem's quantities without rounding: {@code Sigma = X^T X/n}, the
 * Frobenius certificates of Assumption 1, {@code (u_l*)^2 = ||w_l*||} (rational for the built-in
 * Pythagorean directions) and {@code ||X^T xi/n||_inf}. The run uses the double design, equal to
 * the rational one for dyadic entries.
 *
 * @param groups the partition
 * @param x the design, {@code n x p}
 * @param wStar {@code w*}
 * @param noise {@code xi}, length n
 * @param epsilon {@code eps > 0}
 * @param alpha {@code u_l(0) = alpha}
 * @param gamma the u-step
 * @param v0 the initial unit directions
 * @param eta the constant v-step of Algorithm 2 (NaN for Algorithm 1)
 *
 * <p>Spec: {@code LNHW:thm-3}, {@code LNHW:thm-4}.
 */
public record EarlyStoppingInstance(GroupPartition groups, BigRational[][] x, BigRational[] wStar,
    BigRational[] noise, double epsilon, double alpha, double gamma, double[] v0, double eta) {

  /** The number of samples. */
  public int samples() {
    return x.length;
  }

  /** {@code y = X w* + xi}, exactly. */
  public BigRational[] responses() {
    BigRational[] y = new BigRational[x.length];
    for (int row = 0; row < x.length; row++) {
      BigRational sum = noise[row];
      for (int j = 0; j < wStar.length; j++) {
        sum = sum.add(x[row][j].multiply(wStar[j]));
      }
      y[row] = sum;
    }
    return y;
  }

  /** {@code Sigma = X^T X / n}, exactly. */
  public BigRational[][] gram() {
    int p = groups.dimension();
    BigRational inverseN = BigRational.of(1, x.length);
    BigRational[][] sigma = new BigRational[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        BigRational sum = BigRational.ZERO;
        for (BigRational[] row : x) {
          sum = sum.add(row[i].multiply(row[j]));
        }
        sigma[i][j] = sum.multiply(inverseN);
        sigma[j][i] = sigma[i][j];
      }
    }
    return sigma;
  }

  /** {@code X^T xi / n}, exactly. */
  public BigRational[] noiseCorrelation() {
    int p = groups.dimension();
    BigRational[] g = new BigRational[p];
    for (int j = 0; j < p; j++) {
      BigRational sum = BigRational.ZERO;
      for (int row = 0; row < x.length; row++) {
        sum = sum.add(x[row][j].multiply(noise[row]));
      }
      g[j] = sum.divide(BigRational.of(x.length));
    }
    return g;
  }

  /** The design in double precision. */
  public GroupedDesign design() {
    int n = x.length;
    int p = groups.dimension();
    double[] flat = new double[n * p];
    double[] y = new double[n];
    BigRational[] exactY = responses();
    for (int row = 0; row < n; row++) {
      for (int j = 0; j < p; j++) {
        flat[row * p + j] = x[row][j].doubleValue();
      }
      y[row] = exactY[row].doubleValue();
    }
    return new GroupedDesign(n, groups, flat, y);
  }

  /** {@code w*} in double. */
  public double[] wStarValues() {
    return Arrays.stream(wStar).mapToDouble(BigRational::doubleValue).toArray();
  }

  /** Whether this instance runs Algorithm 2 (a constant step is given). */
  public boolean algorithmTwo() {
    return !Double.isNaN(eta);
  }

  /** One line. */
  public String describe() {
    return "n=" + x.length + ", " + groups + ", eps=" + epsilon + ", alpha=" + alpha + ", gamma="
        + gamma + (algorithmTwo() ? ", eta=" + eta : "");
  }
}
