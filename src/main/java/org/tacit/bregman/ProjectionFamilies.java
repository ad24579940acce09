package org.tacit.bregman;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instance generators for the entropy projection. Each CONSTRUCTS its hypotheses (an exact
 * strictly positive feasible point; for the l1 families a dual certificate of a unique minimiser).
 * The only redraw is of an A_S that happens to be rank deficient, an event of small probability.
 *
 * <p>Spec: instance families for MS {@code rem-I.2}, {@code MS:lem-III.2},
 * {@code MS:lem-III.3ii}, {@code MS:eq-I.1}, {@code MS:eq-I.2}.
 */
public final class ProjectionFamilies {

  private ProjectionFamilies() {}

  /** alpha = 10^-e with e uniform on [0, maxExponent]. */
  public static double logUniformAlpha(Draws draws, double maxExponent) {
    return Math.pow(10, -maxExponent * draws.uniform());
  }

  private static BigRational positiveRational(Draws draws) {
    return BigRational.of(draws.between(1, 20), draws.between(1, 4));
  }

  /**
   * Integer A with N in [1, 5] rows and d in [N + 1, 12] columns, entries in [-5, 5], one time in
   * four with a planted dependent row (A not of full row rank); a positive rational x0; y = A x0;
   * alpha log-uniform on [1e-12, 1]. Mask: all coordinates.
   */
  public static InstanceFamily<ProjectionInstance> positiveFeasible() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "integer A (N <= 5, d <= 12), y = A x0 with x0 > 0, alpha in [1e-12, 1]";
      }

      @Override
      public ProjectionInstance draw(Draws draws) {
        int n = draws.intBetween(1, 5);
        int d = draws.intBetween(n + 1, 12);
        long[][] a = randomIntegerMatrix(draws, n, d, 5);
        if (n >= 2 && draws.between(0, 3) == 0) {
          long s = draws.between(-2, 2);
          for (int j = 0; j < d; j++) {
            a[n - 1][j] = a[0][j] + s * a[1][j];
          }
        }
        BigRational[] x0 = new BigRational[d];
        for (int i = 0; i < d; i++) {
          x0[i] = positiveRational(draws);
        }
        RationalMatrix matrix = RationalMatrix.of(a);
        return new ProjectionInstance(EntropyProjectionProblem.of(matrix, matrix.multiply(x0)),
            logUniformAlpha(draws, 12), x0);
      }
    };
  }

  /**
   * Like {@link #positiveFeasible()} but with a set Z of one or two columns that vanish for EVERY
   * feasible x: an extra row has positive coefficients on Z, zeros elsewhere, and right side 0.
   * The mask is the complement of Z (the maximal support, known by construction); the witness is
   * positive exactly on the mask.
   */
  public static InstanceFamily<ProjectionInstance> forcedZeros() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "integer A plus a row forcing 1-2 coordinates to 0, mask = complement, alpha in [1e-12, 1]";
      }

      @Override
      public ProjectionInstance draw(Draws draws) {
        int n = draws.intBetween(1, 4);
        int d = draws.intBetween(n + 3, 12);
        long[][] a = new long[n + 1][];
        long[][] random = randomIntegerMatrix(draws, n, d, 5);
        System.arraycopy(random, 0, a, 0, n);
        a[n] = new long[d];
        boolean[] mask = new boolean[d];
        Arrays.fill(mask, true);
        int zeros = draws.intBetween(1, 2);
        for (int z = 0; z < zeros; z++) {
          int i = draws.intBetween(0, d - 1);
          mask[i] = false;
          a[n][i] = draws.between(1, 5);
        }
        BigRational[] x0 = new BigRational[d];
        for (int i = 0; i < d; i++) {
          x0[i] = mask[i] ? positiveRational(draws) : BigRational.ZERO;
        }
        RationalMatrix matrix = RationalMatrix.of(a);
        return new ProjectionInstance(
            new EntropyProjectionProblem(matrix, matrix.multiply(x0), mask),
            logUniformAlpha(draws, 12), x0);
      }
    };
  }

  /**
   * Instances with a unique nonnegative l1 minimiser x* known by construction (see {@link
   * KnownMinimizerInstance}). N in [2, 5]; |S| = N (nondegenerate vertex) or |S| in [1, N - 1]
   * (degenerate: |S| < rank A, ensured by redrawing the first off-support column in the rare case
   * that it lies in range(A_S)); d in [|S| + 1, 12] ([|S| + 2, 12] when degenerate). Construction: an integer dual certificate mu;
   * columns of S are {@code v + c mu} with {@code c} making {@code a_j^T mu = 1}; off-support
   * columns get levels {@code gamma_j = a_j^T mu} drawn in [-3, 3/4]; the last off-support column
   * is solved for so that {@code sum_{S^c} a_j w_j = A_S z} for small z and positive integer
   * weights w, its weight chosen so that its level is also at most 3/4 (so rho <= 3/4); this makes {@code (-z, w)} an element of N and gives the strictly positive
   * feasible point {@code x* + eps (-z, w)}.
   *
   * @param degenerate whether |S| < N
   */
  public static InstanceFamily<KnownMinimizerInstance> knownMinimizer(boolean degenerate) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return (degenerate ? "degenerate" : "nondegenerate")
            + " unique l1 minimiser by dual certificate, N <= 5, d <= 12";
      }

      @Override
      public KnownMinimizerInstance draw(Draws draws) {
        return drawKnownMinimizer(draws, degenerate);
      }
    };
  }

  static KnownMinimizerInstance drawKnownMinimizer(Draws draws, boolean degenerate) {
    int n = draws.intBetween(2, 5);
    int s = degenerate ? draws.intBetween(1, n - 1) : n;
    int d = draws.intBetween(degenerate ? s + 2 : s + 1, 12);
    int offCount = d - s;
    BigRational[] mu = new BigRational[n];
    for (int j = 0; j < n; j++) {
      mu[j] = BigRational.of(j == 0 ? draws.between(1, 3) : draws.between(-3, 3));
    }
    BigRational muNorm = RationalVectors.dot(mu, mu);
    BigRational[][] columns = new BigRational[d][];
    RationalMatrix as;
    do {
      for (int c = 0; c < s; c++) {
        columns[c] = columnWithLevel(draws, mu, muNorm, BigRational.ONE);
      }
      BigRational[][] supportColumns = new BigRational[s][];
      System.arraycopy(columns, 0, supportColumns, 0, s);
      as = RationalMatrix.of(supportColumns).transpose();
    } while (as.rank() < s);
    BigRational[] w = new BigRational[offCount];
    for (int p = 0; p < offCount; p++) {
      w[p] = BigRational.of(draws.between(1, 3));
    }
    BigRational[] gamma = new BigRational[offCount];
    for (int p = 0; p < offCount; p++) {
      gamma[p] = BigRational.of(draws.between(-24, 6), 8);
    }
    for (int p = 0; p < offCount - 1; p++) {
      columns[s + p] = columnWithLevel(draws, mu, muNorm, gamma[p]);
      if (degenerate && p == 0) {
        // the first off-support column must leave range(A_S), so that rank A > |S|
        while (as.appendColumns(RationalMatrix.column(columns[s])).rank() == s) {
          columns[s] = columnWithLevel(draws, mu, muNorm, gamma[0]);
        }
      }
    }
    // z small; the last weight w_L is chosen so that the last column's level
    // gamma_L = (1^T z - sum_{p<L} gamma_p w_p) / w_L is at most 3/4 (then sum_{S^c} a_j w_j = A_S z)
    BigRational[] z = new BigRational[s];
    BigRational sum = BigRational.ZERO;
    for (int c = 0; c < s; c++) {
      z[c] = BigRational.of(draws.between(-4, 4), draws.between(1, 2));
      sum = sum.add(z[c]);
    }
    BigRational numerator = sum;
    for (int p = 0; p < offCount - 1; p++) {
      numerator = numerator.subtract(gamma[p].multiply(w[p]));
    }
    long minimalWeight = 1;
    if (numerator.signum() > 0) {
      BigRational needed = numerator.multiply(BigRational.of(4, 3));
      minimalWeight = needed.numerator().divide(needed.denominator()).longValueExact() + 1;
    }
    w[offCount - 1] = BigRational.of(minimalWeight + draws.between(0, 2));
    BigRational[] last = as.multiply(z);
    for (int p = 0; p < offCount - 1; p++) {
      for (int j = 0; j < n; j++) {
        last[j] = last[j].subtract(columns[s + p][j].multiply(w[p]));
      }
    }
    for (int j = 0; j < n; j++) {
      last[j] = last[j].divide(w[offCount - 1]);
    }
    columns[d - 1] = last;
    // shuffle columns so that S is not always first
    int[] position = new int[d];
    for (int i = 0; i < d; i++) {
      position[i] = i;
    }
    for (int i = d - 1; i > 0; i--) {
      int r = draws.intBetween(0, i);
      int t = position[i];
      position[i] = position[r];
      position[r] = t;
    }
    BigRational[][] shuffled = new BigRational[d][];
    BigRational[] xStar = new BigRational[d];
    BigRational[] direction = new BigRational[d];
    BigRational eps = BigRational.ONE;
    BigRational[] xS = new BigRational[s];
    for (int c = 0; c < s; c++) {
      xS[c] = positiveRational(draws);
      if (z[c].signum() > 0) {
        eps = eps.min(xS[c].divide(z[c].multiply(BigRational.TWO)));
      }
    }
    for (int i = 0; i < d; i++) {
      int original = position[i];
      shuffled[i] = columns[original];
      xStar[i] = original < s ? xS[original] : BigRational.ZERO;
      direction[i] = original < s ? z[original].negate() : w[original - s];
    }
    RationalMatrix a = RationalMatrix.of(shuffled).transpose();
    BigRational[] y = a.multiply(xStar);
    BigRational[] positive = new BigRational[d];
    for (int i = 0; i < d; i++) {
      positive[i] = xStar[i].add(eps.multiply(direction[i]));
    }
    return new KnownMinimizerInstance(EntropyProjectionProblem.of(a, y), xStar, mu, direction,
        positive);
  }

  /** {@code v + c mu} with random integer v in [-4, 4]^N and c such that the level is {@code level}. */
  private static BigRational[] columnWithLevel(Draws draws, BigRational[] mu, BigRational muNorm,
      BigRational level) {
    BigRational[] v = new BigRational[mu.length];
    for (int j = 0; j < mu.length; j++) {
      v[j] = BigRational.of(draws.between(-4, 4));
    }
    BigRational c = level.subtract(RationalVectors.dot(v, mu)).divide(muNorm);
    for (int j = 0; j < mu.length; j++) {
      v[j] = v[j].add(c.multiply(mu[j]));
    }
    return v;
  }

  private static long[][] randomIntegerMatrix(Draws draws, int rows, int cols, long bound) {
    long[][] a = new long[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        a[i][j] = draws.between(-bound, bound);
      }
    }
    return a;
  }
}
