package org.tacit.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/**
 * The thin SVD ({@link Svd}) on random matrices whose rank (and, for the second family, singular
 * values) are known by construction; shapes 1..10 x 1..10, tall and wide, a third of them scaled
 * by {@code 2^e}, {@code |e| <= 600} (squares would overflow or underflow). Expected values come
 * from the construction or from the eigenvalues of {@code A^T A} ({@link SymmetricEigen}, two-sided
 * Jacobi on the Gram matrix: an independent algorithm), never from the SVD itself.
 *
 * <p>Tolerances, all relative, with {@code S} the sweeps taken, {@code k = min(m, n)},
 * {@code L = max(m, n)}, {@code eps = 2^-52}:
 *
 * <ul>
 *   <li>reconstruction {@code ||A - U S V^T||_F <= (S k + L) eps ||A||_F}: each column of the
 *       working matrix meets {@code k - 1} rotations per sweep, each backward stable to a few
 *       {@code u} of the pair, plus normalization and the test's own product ({@code L u});
 *   <li>orthonormality {@code max |Q^T Q - I| <= 4 (S k + L) eps} for {@code Q = U, V}: the long
 *       side is orthogonal to the stopping level {@code L eps} plus the rounding {@code gamma_L} of
 *       the cosine, the short side accumulates {@code S (k - 1)} rotations per column, and the
 *       test's {@code Q^T Q} adds {@code gamma_L};
 *   <li>Gram eigenvalues {@code |s_i^2 - lambda_i(A^T A)| <= 4 (m + n) eps ||A||_F^2}: forming
 *       {@code A^T A} costs {@code gamma_m ||A||_F^2}, Jacobi's backward error is a few
 *       {@code n u ||A^T A||_F}, and the SVD's backward error moves {@code s_i^2} by
 *       {@code O((S k + L) eps) ||A||_F^2} (about 0.8 (m + n) eps was the worst seen);
 *   <li>prescribed singular values, projector and nuclear norm: {@code 2 (S k + L + m + n) eps}
 *       relative to {@code sigma_max} (or to the quantity compared): the construction
 *       {@code (H_1 H_2) Sigma (H_3 H_4)^T} of Householder reflectors rounds by
 *       {@code O((m + n) u sigma_max)} (Weyl's inequality moves every singular value at most that
 *       far), the SVD adds {@code O((S k + L) u)}.
 * </ul>
 *
 * <p>Not a paper item. Examples: {@code -Dtacit.tries}.
 */
class SvdProperties {

  /** The ID the margins of these properties are recorded under (no paper item). */
  private static final String ID = "LINALG:svd";

  private static final double EPS = FloatingPoint.MACHINE_EPSILON;

  /** Largest exponent {@code e} of the {@code 2^e} scaling of a third of the instances. */
  private static final int MAX_SCALE_EXPONENT = 600;

  /**
   * A matrix {@code 2^exponent A0}, with {@code A0} of known rank.
   *
   * @param rows m
   * @param columns n
   * @param matrix {@code 2^exponent A0}, row-major
   * @param exponent the exact power-of-two scaling
   * @param rank the rank of {@code A0} by construction
   * @param singularValues the singular values of {@code A0} by construction, descending, or an
   *     empty array when only the rank is known
   */
  private record Case(int rows, int columns, double[] matrix, int exponent, int rank,
      double[] singularValues) {

    /** {@code A0 = 2^-exponent * matrix}, exactly. */
    double[] unscaled() {
      double[] a = new double[matrix.length];
      for (int i = 0; i < a.length; i++) {
        a[i] = Math.scalb(matrix[i], -exponent);
      }
      return a;
    }

    String label() {
      return rows + " x " + columns + ", rank " + rank + ", scale 2^" + exponent;
    }
  }

  /**
   * {@code A0 = B C} with {@code B} ({@code m x r}) and {@code C} ({@code r x n}) of full rank r:
   * either Gaussian (full rank with probability 1, and far from rank-deficient for these sizes),
   * or small integers with a triangular leading block of nonzero diagonal (full rank always, and
   * {@code B C} is computed exactly).
   */
  private static InstanceFamily<Case> products() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "B C, Gaussian or integer factors of rank 0..min(m, n), m, n in 1..10";
      }

      @Override
      public Case draw(Draws draws) {
        int m = draws.intBetween(1, 10);
        int n = draws.intBetween(1, 10);
        int r = draws.intBetween(0, Math.min(m, n));
        boolean integer = draws.coin();
        double[] b = factor(draws, m, r, integer);
        double[] c = TestMatrices.transpose(factor(draws, n, r, integer), n, r);
        int exponent = exponent(draws);
        double[] a = TestMatrices.times(b, c, m, r, n);
        for (int i = 0; i < a.length; i++) {
          a[i] = Math.scalb(a[i], exponent);
        }
        return new Case(m, n, a, exponent, r, new double[0]);
      }
    };
  }

  /**
   * {@code A0 = (H_1 H_2) Sigma (H_3 H_4)^T} with Householder reflectors of Gaussian vectors
   * (orthogonal by construction) and {@code Sigma} the {@code m x n} diagonal of r values uniform
   * in {@code [1, 8]} followed by zeros: singular values, rank and nuclear norm known exactly.
   */
  private static InstanceFamily<Case> rotatedDiagonals() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "(H1 H2) diag(sigma) (H3 H4)^T, sigma in [1, 8], rank 0..min(m, n), m, n in 1..10";
      }

      @Override
      public Case draw(Draws draws) {
        int m = draws.intBetween(1, 10);
        int n = draws.intBetween(1, 10);
        int k = Math.min(m, n);
        int r = draws.intBetween(0, k);
        double[] sigma = new double[k];
        double[] diagonal = new double[m * n];
        for (int i = 0; i < r; i++) {
          sigma[i] = draws.uniform(1, 8);
          diagonal[i * n + i] = sigma[i];
        }
        double[] left = orthogonal(draws, m);
        double[] right = orthogonal(draws, n);
        int exponent = exponent(draws);
        double[] a = TestMatrices.times(TestMatrices.times(left, diagonal, m, m, n),
            TestMatrices.transpose(right, n, n), m, n, n);
        for (int i = 0; i < a.length; i++) {
          a[i] = Math.scalb(a[i], exponent);
        }
        Arrays.sort(sigma);
        double[] descending = new double[k];
        for (int i = 0; i < k; i++) {
          descending[i] = sigma[k - 1 - i];
        }
        return new Case(m, n, a, exponent, r, descending);
      }
    };
  }

  @Test
  void factorizationReconstructsWithOrthonormalFactorsAndGramSpectrum() {
    PropertyHarness.forAll("svd factorization", products(), c -> {
      int m = c.rows();
      int n = c.columns();
      int k = Math.min(m, n);
      Svd.Decomposition svd = Svd.decompose(c.matrix(), m, n);
      double[] a = c.unscaled();
      double[] s = unscaled(svd.singularValues(), c.exponent());
      double frobenius = Vectors.norm(a);
      double work = (svd.sweeps() * k + Math.max(m, n)) * EPS;
      List<Check> checks = new ArrayList<>();
      checks.add(Check.lessOrEqual(ID, "||A - U S V^T||_F / ||A||_F",
          TestMatrices.distance(a, TestMatrices.product(svd.u(), s, svd.v(), m, n, k)),
          work * frobenius, 0));
      checks.add(Check.lessOrEqual(ID, "max |U^T U - I|",
          TestMatrices.orthonormalityDefect(svd.u(), m, k), 4 * work, 0));
      checks.add(Check.lessOrEqual(ID, "max |V^T V - I|",
          TestMatrices.orthonormalityDefect(svd.v(), n, k), 4 * work, 0));
      checks.add(Check.lessOrEqual(ID, "s_k >= 0", -s[k - 1], 0, 0));
      for (int i = 0; i + 1 < k; i++) {
        checks.add(Check.lessOrEqual(ID, "s_" + (i + 2) + " <= s_" + (i + 1), s[i + 1], s[i], 0));
      }
      double[] lambda = SymmetricEigen.eigenvalues(TestMatrices.gram(a, m, n), n);
      double gramTolerance = 4 * (m + n) * EPS * frobenius * frobenius;
      for (int i = 0; i < n; i++) {
        double squared = i < k ? s[i] * s[i] : 0;
        checks.add(Check.equalAtScale(ID, "s_" + (i + 1) + "^2 = lambda_" + (i + 1) + "(A^T A)",
            squared, lambda[n - 1 - i], 1, gramTolerance));
      }
      checks.add(Check.equal(ID, "numerical rank = rank of B C", svd.rank(), c.rank(), 0));
      Svd.Decomposition transposed = Svd.decompose(TestMatrices.transpose(c.matrix(), m, n), n, m);
      double[] st = unscaled(transposed.singularValues(), c.exponent());
      double bothWays = work + (transposed.sweeps() * k + Math.max(m, n)) * EPS;
      for (int i = 0; i < k; i++) {
        checks.add(Check.equalAtScale(ID, "s_" + (i + 1) + "(A^T) = s_" + (i + 1) + "(A)", st[i],
            s[i], frobenius, bothWays));
      }
      return Verdict.of(ID, c.label(), checks);
    }, PropertyHarness.tries());
  }

  @Test
  void prescribedSpectrumRankPolarFactorAndNuclearNorm() {
    PropertyHarness.forAll("svd rank and polar factor", rotatedDiagonals(), c -> {
      int m = c.rows();
      int n = c.columns();
      int k = Math.min(m, n);
      int r = c.rank();
      Svd.Decomposition svd = Svd.decompose(c.matrix(), m, n);
      double[] a = c.unscaled();
      double[] s = unscaled(svd.singularValues(), c.exponent());
      double[] sigma = c.singularValues();
      double sigmaMax = Math.max(sigma[0], 1);
      double tolerance = 2 * (svd.sweeps() * k + Math.max(m, n) + m + n) * EPS;
      List<Check> checks = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        checks.add(Check.equalAtScale(ID, "s_" + (i + 1) + " = sigma_" + (i + 1), s[i], sigma[i],
            sigmaMax, tolerance));
      }
      checks.add(Check.equal(ID, "numerical rank = r", svd.rank(), r, 0));
      double[] p = svd.polarFactor();
      double[] projector = TestMatrices.gram(p, m, n);
      double[] squared = TestMatrices.times(projector, projector, n, n, n);
      checks.add(Check.lessOrEqual(ID, "||(P^T P)^2 - P^T P||_F", TestMatrices.distance(squared,
          projector), tolerance * Math.max(r, 1), 0));
      checks.add(Check.equalAtScale(ID, "trace P^T P = r", TestMatrices.trace(projector, n), r,
          Math.max(r, 1), tolerance));
      double frobenius = Vectors.norm(a);
      checks.add(Check.lessOrEqual(ID, "||A P^T P - A||_F (P^T P fixes the row space)",
          TestMatrices.distance(TestMatrices.times(a, projector, m, n, n), a),
          tolerance * frobenius, 0));
      double nuclear = 0;
      for (double value : sigma) {
        nuclear += value;
      }
      checks.add(Check.equalAtScale(ID, "<P, A> = sum sigma_i (nuclear norm)",
          TestMatrices.inner(p, a), nuclear, Math.max(nuclear, 1), tolerance));
      return Verdict.of(ID, c.label(), checks);
    }, PropertyHarness.tries());
  }

  /** An {@code rows x r} factor of rank r (Gaussian, or integers with a triangular top block). */
  private static double[] factor(Draws draws, int rows, int r, boolean integer) {
    double[] f = new double[rows * r];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < r; j++) {
        if (!integer) {
          f[i * r + j] = draws.gaussian();
        } else if (i == j) {
          f[i * r + j] = draws.intBetween(1, 3);
        } else if (i > j) {
          f[i * r + j] = draws.intBetween(-4, 4);
        }
      }
    }
    return f;
  }

  /** {@code H(x) H(y)} for Gaussian x, y: an {@code n x n} orthogonal matrix. */
  private static double[] orthogonal(Draws draws, int n) {
    return TestMatrices.times(TestMatrices.reflector(gaussian(draws, n)),
        TestMatrices.reflector(gaussian(draws, n)), n, n, n);
  }

  /** A Gaussian vector, {@code e_1} in the null event that it is 0 (a reflector needs x != 0). */
  private static double[] gaussian(Draws draws, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = draws.gaussian();
    }
    if (Vectors.norm(x) == 0) {
      x[0] = 1;
    }
    return x;
  }

  /** 0 for two thirds of the draws, else uniform in {@code [-600, 600]}. */
  private static int exponent(Draws draws) {
    return draws.intBetween(0, 2) == 0
        ? draws.intBetween(-MAX_SCALE_EXPONENT, MAX_SCALE_EXPONENT) : 0;
  }

  private static double[] unscaled(double[] values, int exponent) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.scalb(values[i], -exponent);
    }
    return out;
  }
}
