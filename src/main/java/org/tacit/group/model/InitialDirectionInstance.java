package org.tacit.group.model;

import java.math.BigInteger;
import java.util.Optional;
import org.tacit.exact.BigRational;

/**
 * An instance of LNHW Lemma 3 in Gram form: the normalised Gram matrix {@code Sigma = X^T X / n},
 * the true group-sparse {@code w*}, the noise correlation {@code g = X^T xi / n}, the group
 * {@code l} examined, and rational constants {@code delta_in}, {@code delta_out} claimed for
 * Assumption 1. Then {@code X^T y / n = Sigma w* + g}. Any symmetric positive definite
 * {@code Sigma} is the Gram matrix of a design with {@code n >= p} rows
 * ({@code X = sqrt(n) Q R} with {@code R^T R = Sigma} and {@code Q} orthonormal), and any
 * {@code g} is then realised by {@code xi = X Sigma^{-1} g}; so a Gram-form instance stands for a
 * family of designs.
 *
 * <p>Exactness: the checker needs the group norms {@code ||w_l*||} and {@code ||g_l||} as
 * rationals; {@link #rationalNorm} returns them when the squared norm is the square of a rational
 * (families use Pythagorean tuples).
 *
 * @param groups the partition
 * @param sigma {@code Sigma}, {@code p x p} symmetric
 * @param wStar {@code w*}
 * @param noiseCorrelation {@code g = X^T xi / n}
 * @param group the group {@code l} of the lemma's statement
 * @param deltaIn the claimed {@code delta_in}
 * @param deltaOut the claimed {@code delta_out}
 */
public record InitialDirectionInstance(GroupPartition groups, BigRational[][] sigma,
    BigRational[] wStar, BigRational[] noiseCorrelation, int group, BigRational deltaIn,
    BigRational deltaOut) {

  /** {@code a = X^T y / n = Sigma w* + g}. */
  public BigRational[] correlations() {
    int p = groups.dimension();
    BigRational[] a = new BigRational[p];
    for (int i = 0; i < p; i++) {
      BigRational sum = noiseCorrelation[i];
      for (int j = 0; j < p; j++) {
        sum = sum.add(sigma[i][j].multiply(wStar[j]));
      }
      a[i] = sum;
    }
    return a;
  }

  /** The squared Euclidean norm of the entries of {@code vector} in group {@code l}. */
  public BigRational groupNormSquared(BigRational[] vector, int l) {
    BigRational sum = BigRational.ZERO;
    for (int i : groups.members(l)) {
      sum = sum.add(vector[i].multiply(vector[i]));
    }
    return sum;
  }

  /** {@code ||vector_l||} when it is rational (numerator and denominator perfect squares). */
  public Optional<BigRational> rationalNorm(BigRational[] vector, int l) {
    BigRational square = groupNormSquared(vector, l);
    BigInteger numerator = square.numerator().sqrt();
    BigInteger denominator = square.denominator().sqrt();
    BigRational root = BigRational.of(numerator, denominator);
    return root.multiply(root).equals(square) ? Optional.of(root) : Optional.empty();
  }

  /** The squared Frobenius norm of the block {@code (l, m)} of {@code Sigma - I}. */
  public BigRational blockFrobeniusSquared(int l, int m) {
    return GramMatrices.blockFrobeniusSquared(sigma, groups, l, m);
  }

  /** Whether {@code Sigma} is symmetric positive definite, exactly. O(p^3). */
  public boolean positiveDefinite() {
    return GramMatrices.positiveDefinite(sigma, groups.dimension());
  }
}
