package org.tacit.grokking.family;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.AffineStepInstance;
import org.tacit.grokking.model.MatrixRecoveryProblem;
import org.tacit.grokking.model.MatrixVec;
import org.tacit.grokking.model.MeasurementInstance;
import org.tacit.grokking.model.MemorizationConstants;
import org.tacit.grokking.model.NuclearRunInstance;
import org.tacit.grokking.model.ProductInstance;
import org.tacit.linalg.Vectors;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instance generators of the TDR matrix part (Section 3.2, Appendices B, C.6, G.2), meeting the
 * hypotheses by construction:
 * <ul>
 *   <li>exact: small-integer matrices for the product identities; rational orthogonal matrices by
 *       the Cayley transform {@code Q = (I - S)(I + S)^{-1}} of a random integer skew-symmetric
 *       {@code S} ({@code I + S} is invertible because the eigenvalues of S are imaginary);</li>
 *   <li>double: {@code A*} from the random orthogonal model (Definition G.6: orthonormal
 *       {@code U*}, {@code V*} by Gram-Schmidt of Gaussian matrices, {@code sigma_i = 1/sqrt(r)},
 *       so {@code ||A*||_F = 1}), completion designs observing {@code N} distinct entries (one-hot
 *       rows on {@code vec(A)}), Gaussian sensing designs, step sizes set from
 *       {@code sigma_max(X^T X)} so that {@code 0 < alpha sigma_max(X^T X) < 2}.</li>
 * </ul>
 *
 * <p>Spec: {@code TDR:rem-B.2..B.4}, {@code TDR:rem-3.2.1}, {@code TDR:thm-C.40},
 * {@code TDR:fig-5}.
 */
public final class MatrixRecoveryFamilies {

  private MatrixRecoveryFamilies() {}

  private static RationalMatrix integerMatrix(Draws draws, int rows, int cols, int bound) {
    BigRational[][] m = new BigRational[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        m[i][j] = BigRational.of(draws.between(-bound, bound));
      }
    }
    return RationalMatrix.of(m);
  }

  /**
   * Random small-integer matrices: {@code A} {@code m x n}, {@code B} with {@code sharedRows}
   * rows equal to m (face-splitting) or {@code sharedColumns} columns equal to n (Khatri-Rao);
   * C {@code n x k}, D {@code (cols of B) x l}. Shapes in [1, 3].
   */
  private static ProductInstance products(Draws draws, boolean sameRows, boolean sameColumns) {
    int m = draws.intBetween(1, 3);
    int n = draws.intBetween(1, 3);
    int p = sameRows ? m : draws.intBetween(1, 3);
    int q = sameColumns ? n : draws.intBetween(1, 3);
    RationalMatrix a = integerMatrix(draws, m, n, 5);
    RationalMatrix b = integerMatrix(draws, p, q, 5);
    RationalMatrix c = integerMatrix(draws, n, draws.intBetween(1, 3), 5);
    RationalMatrix d = integerMatrix(draws, q, draws.intBetween(1, 3), 5);
    return new ProductInstance(a, b, c, d);
  }

  /** Kronecker factors of independent shapes in [1, 3] x [1, 3], entries in [-5, 5]. */
  public static InstanceFamily<ProductInstance> kronecker() {
    return family("integer A, B of shapes in [1,3]^2, entries in [-5,5]",
        draws -> products(draws, false, false));
  }

  /** Khatri-Rao factors with equal column counts. */
  public static InstanceFamily<ProductInstance> khatriRao() {
    return family("integer A (m x n), B (p x n), shapes in [1,3], entries in [-5,5]",
        draws -> products(draws, false, true));
  }

  /** Face-splitting factors with equal row counts, and mixed-product factors C, D. */
  public static InstanceFamily<ProductInstance> faceSplitting() {
    return family("integer A (m x n), B (m x q), C (n x k), D (q x l), shapes in [1,3],"
        + " entries in [-5,5]", draws -> products(draws, true, false));
  }

  /**
   * A rational orthogonal {@code size x size} matrix, the Cayley transform of a skew-symmetric
   * {@code S} with entries in {@code [-2, 2]}.
   */
  public static RationalMatrix cayleyOrthogonal(Draws draws, int size) {
    BigRational[][] s = new BigRational[size][size];
    for (int i = 0; i < size; i++) {
      s[i][i] = BigRational.ZERO;
      for (int j = i + 1; j < size; j++) {
        BigRational v = BigRational.of(draws.between(-2, 2));
        s[i][j] = v;
        s[j][i] = v.negate();
      }
    }
    RationalMatrix skew = RationalMatrix.of(s);
    RationalMatrix identity = RationalMatrix.identity(size);
    BigRational[][] minus = new BigRational[size][size];
    BigRational[][] plus = new BigRational[size][size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        minus[i][j] = identity.get(i, j).subtract(skew.get(i, j));
        plus[i][j] = identity.get(i, j).add(skew.get(i, j));
      }
    }
    return RationalMatrix.of(minus).multiply(RationalMatrix.of(plus).inverse());
  }

  /**
   * Exact measurement instances: {@code n1, n2 in [2, 3]}, rank {@code r in [1, min]}, distinct
   * positive rational singular values, Cayley {@code U*, V*, P1, P2}, 1-3 integer sensing
   * matrices, 1-3 integer completion vector pairs and 1-4 one-hot positions.
   */
  public static InstanceFamily<MeasurementInstance> measurements() {
    return family("exact A* = U* Sigma* V*^T (Cayley U*, V*), n1, n2 in [2,3], integer sensing"
        + " and completion measurements", draws -> {
          int n1 = draws.intBetween(2, 3);
          int n2 = draws.intBetween(2, 3);
          int rank = draws.intBetween(1, Math.min(n1, n2));
          BigRational[][] sigma = new BigRational[n1][n2];
          for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
              sigma[i][j] = BigRational.ZERO;
            }
          }
          for (int i = 0; i < rank; i++) {
            sigma[i][i] = BigRational.of(rank - i + draws.between(0, 3), draws.between(1, 4));
          }
          List<RationalMatrix> sensing = new ArrayList<>();
          int sensingCount = draws.intBetween(1, 3);
          for (int i = 0; i < sensingCount; i++) {
            sensing.add(integerMatrix(draws, n1, n2, 3));
          }
          int pairs = draws.intBetween(1, 3);
          List<int[]> observed = new ArrayList<>();
          int oneHot = draws.intBetween(1, 4);
          for (int i = 0; i < oneHot; i++) {
            observed.add(new int[] {draws.intBetween(0, n1 - 1), draws.intBetween(0, n2 - 1)});
          }
          return new MeasurementInstance(cayleyOrthogonal(draws, n1), RationalMatrix.of(sigma),
              cayleyOrthogonal(draws, n2), rank, sensing, integerMatrix(draws, pairs, n1, 3),
              integerMatrix(draws, pairs, n2, 3), observed, cayleyOrthogonal(draws, n1),
              cayleyOrthogonal(draws, n2));
        });
  }

  /**
   * Exact one-step instances for eq-97: {@code n1, n2 in [2, 3]}, Cayley {@code U, V}, a diagonal
   * {@code D} with entries in {@code {-3..3}/4} (zeros allowed, so rank-deficient A occur),
   * an integer design with {@code N in [1, n1 n2 - 1]} rows, integer {@code vec(A*)}, rational
   * {@code xi} in {@code {-2..2}/8}, {@code alpha in {1..4}/16}, {@code beta in {1..4}/64}.
   */
  public static InstanceFamily<AffineStepInstance> affineSteps() {
    return family("exact A = U D V^T (Cayley U, V), n1, n2 in [2,3], integer X with N < n1 n2",
        draws -> {
          int n1 = draws.intBetween(2, 3);
          int n2 = draws.intBetween(2, 3);
          BigRational[][] d = new BigRational[n1][n2];
          for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
              d[i][j] = i == j ? BigRational.of(draws.between(-3, 3), 4) : BigRational.ZERO;
            }
          }
          int n = n1 * n2;
          int samples = draws.intBetween(1, n - 1);
          BigRational[][] noise = new BigRational[samples][1];
          for (int i = 0; i < samples; i++) {
            noise[i][0] = BigRational.of(draws.between(-2, 2), 8);
          }
          return new AffineStepInstance(cayleyOrthogonal(draws, n1), RationalMatrix.of(d),
              cayleyOrthogonal(draws, n2), integerMatrix(draws, samples, n, 2),
              integerMatrix(draws, n, 1, 3), RationalMatrix.of(noise),
              BigRational.of(draws.between(1, 4), 16), BigRational.of(draws.between(1, 4), 64));
        });
  }

  /**
   * {@code rows x rank} with orthonormal columns: the first {@code rank} columns of
   * {@code Q = H_1 ... H_rank} from the Householder QR of a Gaussian {@code rows x rank} matrix,
   * with the signs fixed so that {@code R} has a non-negative diagonal (Haar-distributed; Mezzadri
   * 2007). A zero column of the remaining block gives {@code H_k = I}, so every draw, even a
   * degenerate one, yields orthonormal columns. O(rows rank^2).
   */
  public static double[] orthonormalColumns(Draws draws, int rows, int rank) {
    double[] g = new double[rows * rank];
    for (int k = 0; k < g.length; k++) {
      g[k] = draws.gaussian();
    }
    double[][] reflectors = new double[rank][];
    double[] signs = new double[rank];
    for (int k = 0; k < rank; k++) {
      double[] v = new double[rows];
      double norm = 0;
      for (int i = k; i < rows; i++) {
        v[i] = g[i * rank + k];
        norm += v[i] * v[i];
      }
      norm = Math.sqrt(norm);
      double alpha = v[k] >= 0 ? -norm : norm;
      signs[k] = alpha > 0 ? 1 : -1;
      v[k] -= alpha;
      double vv = 0;
      for (int i = k; i < rows; i++) {
        vv += v[i] * v[i];
      }
      reflectors[k] = vv > 0 ? v : new double[rows];
      if (vv > 0) {
        applyReflector(reflectors[k], vv, g, rows, rank, k);
      } else {
        signs[k] = 1;
      }
    }
    double[] q = new double[rows * rank];
    for (int j = 0; j < rank; j++) {
      q[j * rank + j] = 1;
    }
    for (int k = rank - 1; k >= 0; k--) {
      double vv = 0;
      for (double x : reflectors[k]) {
        vv += x * x;
      }
      if (vv > 0) {
        applyReflector(reflectors[k], vv, q, rows, rank, 0);
      }
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < rank; j++) {
        q[i * rank + j] *= signs[j];
      }
    }
    return q;
  }

  /** {@code M <- (I - 2 v v^T / (v^T v)) M} on the columns {@code from..cols-1}. */
  private static void applyReflector(double[] v, double vv, double[] m, int rows, int cols,
      int from) {
    for (int j = from; j < cols; j++) {
      double dot = 0;
      for (int i = 0; i < rows; i++) {
        dot += v[i] * m[i * cols + j];
      }
      double c = 2 * dot / vv;
      for (int i = 0; i < rows; i++) {
        m[i * cols + j] -= c * v[i];
      }
    }
  }

  /**
   * {@code A* = U* diag(1/sqrt(r)) V*^T} of the random orthogonal model (Definition G.6,
   * footnote 11), row-major; {@code ||A*||_F = 1}.
   */
  public static double[] randomOrthogonalModel(Draws draws, int rows, int columns, int rank) {
    double[] u = orthonormalColumns(draws, rows, rank);
    double[] v = orthonormalColumns(draws, columns, rank);
    double sigma = 1 / Math.sqrt(rank);
    double[] a = new double[rows * columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        double sum = 0;
        for (int k = 0; k < rank; k++) {
          sum += u[i * rank + k] * v[j * rank + k];
        }
        a[i * columns + j] = sigma * sum;
      }
    }
    return a;
  }

  /**
   * The completion design observing the entries {@code observed[i] = (l, c)} (distinct): row i
   * is {@code (e_c (x) e_l)^T}, i.e. 1 at column {@code l + n1 c} of the design on
   * {@code vec(A)}.
   */
  public static double[] completionDesign(int rows, int columns, int[][] observed) {
    int n = rows * columns;
    double[] x = new double[observed.length * n];
    for (int i = 0; i < observed.length; i++) {
      x[i * n + MatrixVec.vecIndex(rows, observed[i][0], observed[i][1])] = 1;
    }
    return x;
  }

  /** {@code count} distinct entries of an {@code rows x columns} matrix, uniformly at random. */
  public static int[][] randomEntries(Draws draws, int rows, int columns, int count) {
    int[] order = draws.permutation(rows * columns);
    int[][] observed = new int[count][];
    for (int i = 0; i < count; i++) {
      observed[i] = new int[] {order[i] / columns, order[i] % columns};
    }
    return observed;
  }

  /**
   * {@code count} distinct entries, uniformly at random except that the entry of largest modulus
   * of {@code aStar} (row-major) is always among them, so that {@code y* != 0} and the initial
   * loss is bounded below by {@code max |A*_ij|^2 / 2 >= ||A*||_F^2 / (2 n)} for every draw.
   */
  public static int[][] entriesWithLargest(Draws draws, int rows, int columns, int count,
      double[] aStar) {
    int largest = 0;
    for (int k = 1; k < aStar.length; k++) {
      if (Math.abs(aStar[k]) > Math.abs(aStar[largest])) {
        largest = k;
      }
    }
    int[] order = draws.permutation(rows * columns);
    for (int k = 0; k < order.length; k++) {
      if (order[k] == largest) {
        order[k] = order[0];
        order[0] = largest;
      }
    }
    int[][] observed = new int[count][];
    for (int i = 0; i < count; i++) {
      observed[i] = new int[] {order[i] / columns, order[i] % columns};
    }
    return observed;
  }

  /** A noiseless completion problem with a random-orthogonal-model {@code A*}. */
  public static MatrixRecoveryProblem completion(Draws draws, int rows, int columns, int rank,
      int samples) {
    double[] aStar = randomOrthogonalModel(draws, rows, columns, rank);
    return new MatrixRecoveryProblem(rows, columns, samples, completionDesign(rows, columns,
        entriesWithLargest(draws, rows, columns, samples, aStar)), aStar, new double[samples]);
  }

  /**
   * A noiseless sensing problem, design {@code X = S + G}: {@code G} with entries
   * {@code N(0, 1/N)} and {@code S} a selection of {@code N} distinct entries (so that X has full
   * row rank N even for a degenerate draw {@code G = 0}, when the problem is a completion).
   */
  public static MatrixRecoveryProblem sensing(Draws draws, int rows, int columns, int rank,
      int samples) {
    double[] aStar = randomOrthogonalModel(draws, rows, columns, rank);
    int n = rows * columns;
    double[] x = completionDesign(rows, columns,
        entriesWithLargest(draws, rows, columns, samples, aStar));
    double scale = 1 / Math.sqrt(samples);
    for (int k = 0; k < x.length; k++) {
      x[k] += scale * draws.gaussian();
    }
    return new MatrixRecoveryProblem(rows, columns, samples, x, aStar, new double[samples]);
  }

  /**
   * {@code zeta N(0, 1/n)} entries, row-major (inventory convention: initialisation), plus
   * {@code zeta / n} on the first entry so that a degenerate draw is not the matrix 0 (where
   * {@code f} may vanish and the loop stops).
   */
  public static double[] smallInitial(Draws draws, int dimension, double zeta) {
    double[] a = new double[dimension];
    for (int k = 0; k < dimension; k++) {
      a[k] = zeta * draws.gaussian() / Math.sqrt(dimension);
    }
    a[0] += zeta / dimension;
    return a;
  }

  /**
   * Nuclear-norm subgradient runs for Theorem C.40 on small completion (half) and sensing (half)
   * problems: {@code n1, n2 in [2, 4]}, {@code r in [1, 2]}, {@code N < n1 n2} (sensing:
   * {@code N <= n1 n2 / 3}, well conditioned);
   * {@code alpha = c / sigma_max(X^T X)} with {@code c in [0.5, 1.2]}, {@code beta in [1e-3,
   * 1e-2]} (so {@code beta sqrt(min(n1, n2)) < sigma_max(X^T X)} for the designs used), initial
   * scale {@code zeta = 1e-3}, and {@code T = t1 + [100, 300]} updates with {@code t1} the
   * proof's memorization step.
   */
  public static InstanceFamily<NuclearRunInstance> nuclearRuns() {
    return family("nuclear subgradient runs: completion / Gaussian sensing, n1, n2 in [2,4],"
        + " r in [1,2], N < n1 n2, alpha sigma_max(X^T X) in [0.5,1.2], beta in [1e-3,1e-2]",
        draws -> {
          int n1 = draws.intBetween(2, 4);
          int n2 = draws.intBetween(2, 4);
          int rank = draws.intBetween(1, Math.min(2, Math.min(n1, n2)));
          int n = n1 * n2;
          boolean completion = draws.coin();
          int samples = completion ? draws.intBetween(Math.max(1, n / 2), n - 1)
              : draws.intBetween(1, Math.max(1, n / 3));
          MatrixRecoveryProblem problem = completion
              ? completion(draws, n1, n2, rank, samples)
              : sensing(draws, n1, n2, rank, samples);
          double gram = new MemorizationConstants(problem.designOnRowMajor(), samples, n, 1)
              .sigmaMaxGram();
          double alpha = draws.uniform(0.5, 1.2) / gram;
          double beta = draws.uniform(1e-3, 1e-2) * Math.min(1, gram / 4);
          double[] initial = smallInitial(draws, n, 1e-3);
          MemorizationConstants constants =
              new MemorizationConstants(problem.designOnRowMajor(), samples, n, alpha);
          double[] aHat = constants.leastSquares(problem.targets());
          double[] e = new double[n];
          for (int k = 0; k < n; k++) {
            e[k] = initial[k] - aHat[k];
          }
          long t1 = constants.memorizationStep(Vectors.norm(constants.projectOnRowSpace(e)),
              beta);
          return new NuclearRunInstance(problem, alpha, beta, initial,
              t1 + draws.intBetween(100, 300));
        });
  }

  private static <I> InstanceFamily<I> family(String name,
      java.util.function.Function<Draws, I> draw) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public I draw(Draws draws) {
        return draw.apply(draws);
      }
    };
  }
}
