package org.tacit.benign.model;

import java.util.Set;
import java.util.TreeSet;
import org.tacit.exact.BigRational;

/**
 * The sparse regression data of Section 2 and the scale {@code lambda} of the learner (1),
 * exactly: design {@code X} ({@code n x d}, row-major), noise {@code xi} in {@code R^n}, target
 * {@code beta*} in {@code R^d}, labels {@code y = X beta* + xi}; with the residual
 * {@code r = X beta - y}, the loss {@code L = ||r||^2/(2n)}, its gradient and the GD update (2).
 *
 * <p>Contract: {@code X} is rectangular with {@code n, d >= 1}, {@code xi} has length {@code n},
 * {@code beta*} length {@code d}; arrays are not copied (do not modify them). The support sets
 * follow Section 2: {@code S = {i : beta*_i != 0}}, {@code S+ = {beta*_i > 0}},
 * {@code S- = {beta*_i < 0}}, {@code e = [d] \ S}, {@code e+ = [d] \ S+}, {@code e- = [d] \ S-}
 * (0-based indices). Every method is exact; residual, loss and gradient cost O(n d).
 *
 * <p>Spec: {@code ZG:eq-1}, {@code ZG:eq-2}.
 *
 * @param x the design {@code X}
 * @param noise the noise {@code xi}
 * @param betaStar the target {@code beta*}
 * @param lambda the scale {@code lambda} of the quadratic part of (1)
 */
public record LearnerData(BigRational[][] x, BigRational[] noise, BigRational[] betaStar,
    BigRational lambda) {

  /** Checks the shapes. */
  public LearnerData {
    if (x.length == 0 || x.length != noise.length || x[0].length != betaStar.length) {
      throw new IllegalArgumentException("inconsistent shapes");
    }
    for (BigRational[] row : x) {
      if (row.length != betaStar.length) {
        throw new IllegalArgumentException("X is not rectangular");
      }
    }
  }

  /** The number of samples {@code n}. */
  public int samples() {
    return x.length;
  }

  /** The dimension {@code d}. */
  public int dimension() {
    return betaStar.length;
  }

  /** The labels {@code y = X beta* + xi}. */
  public BigRational[] labels() {
    return LearnerVectors.add(LearnerVectors.times(x, betaStar), noise);
  }

  /** The residual {@code r = X beta - y} of {@code state} ({@code r_i = f(x_i) - y_i}). */
  public BigRational[] residual(LearnerState state) {
    return LearnerVectors.subtract(LearnerVectors.times(x, state.beta(lambda)), labels());
  }

  /** The loss {@code L(u, w, v) = ||r||^2 / (2n)}. */
  public BigRational loss(LearnerState state) {
    BigRational sum = BigRational.ZERO;
    for (BigRational ri : residual(state)) {
      sum = sum.add(ri.multiply(ri));
    }
    return sum.divide(BigRational.of(2L * samples()));
  }

  /** {@code g = (1/n) X^T r}, the gradient of {@code L} with respect to {@code v}. */
  public BigRational[] correlation(LearnerState state) {
    return LearnerVectors.scale(BigRational.of(1, samples()),
        LearnerVectors.transposeTimes(x, residual(state)));
  }

  /**
   * The gradient of {@code L} by the formulas of (2), block {@code 0} ({@code w}):
   * {@code g o (2 lambda w)}; block 1 ({@code u}): {@code -g o (2 lambda u)}; block 2
   * ({@code v}): {@code g}.
   */
  public BigRational[] gradient(LearnerState state, int block) {
    BigRational[] g = correlation(state);
    BigRational twoLambda = BigRational.TWO.multiply(lambda);
    BigRational[] out = new BigRational[g.length];
    for (int k = 0; k < g.length; k++) {
      out[k] = block == 0 ? g[k].multiply(twoLambda).multiply(state.w()[k])
          : block == 1 ? g[k].multiply(twoLambda).multiply(state.u()[k]).negate()
          : g[k];
    }
    return out;
  }

  /**
   * One step of GD (2) with step {@code eta}: all three blocks move by {@code -eta} times their
   * gradient at the same {@code r} (simultaneous update).
   */
  public LearnerState step(LearnerState state, BigRational eta) {
    return new LearnerState(
        LearnerVectors.subtract(state.w(), LearnerVectors.scale(eta, gradient(state, 0))),
        LearnerVectors.subtract(state.u(), LearnerVectors.scale(eta, gradient(state, 1))),
        LearnerVectors.subtract(state.v(), LearnerVectors.scale(eta, gradient(state, 2))));
  }

  /** {@code S}: the indices with {@code beta*_i != 0}. */
  public Set<Integer> support() {
    Set<Integer> s = new TreeSet<>(indices(1, true));
    s.addAll(indices(-1, true));
    return s;
  }

  /** {@code S+}: the indices with {@code beta*_i > 0}. */
  public Set<Integer> positiveSupport() {
    return indices(1, true);
  }

  /** {@code S-}: the indices with {@code beta*_i < 0}. */
  public Set<Integer> negativeSupport() {
    return indices(-1, true);
  }

  /** {@code e = [d] \ S}. */
  public Set<Integer> offSupport() {
    return indices(0, true);
  }

  /** {@code e+ = [d] \ S+}. */
  public Set<Integer> offPositiveSupport() {
    return indices(1, false);
  }

  /** {@code e- = [d] \ S-}. */
  public Set<Integer> offNegativeSupport() {
    return indices(-1, false);
  }

  /** The indices where the sign of {@code beta*_i} is (if {@code equal}) or is not {@code sign}. */
  private Set<Integer> indices(int sign, boolean equal) {
    Set<Integer> out = new TreeSet<>();
    for (int k = 0; k < betaStar.length; k++) {
      if ((betaStar[k].signum() == sign) == equal) {
        out.add(k);
      }
    }
    return out;
  }
}
