package org.tacit.benign.family;

import org.tacit.benign.model.LInfinityControlInstance;
import org.tacit.benign.model.LInfinityCorrelationInstance;
import org.tacit.benign.model.RipCertificate;
import org.tacit.benign.model.RipInstance;
import org.tacit.exact.BigRational;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of ZG Definition 2.1 (RIP), Lemma 5.1 (RIP gives l_inf control) and the
 * Cauchy-Schwarz step of Lemma A.2 (remark A.3): small
 * rational designs with entries in {@code {-2, -3/2, ..., 2}} (Rademacher-like, so
 * {@code X^T X / n} is near the identity for larger n), meeting the hypotheses by construction.
 *
 * <p>Spec: {@code ZG:def-2.1}, {@code ZG:lem-5.1}, {@code ZG:rem-A.3}.
 */
public final class RipFamilies {

  private RipFamilies() {}

  /**
   * Definition 2.1: {@code n in [2, 8]}, {@code d in [2, 8]}, {@code k in [1, min(d, 4)]}, four
   * k-sparse probes with entries in {@code [-9, 9]/4} on random supports.
   */
  public static InstanceFamily<RipInstance> definition() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational X (entries in {-2, -3/2, ..., 2}), n, d in [2, 8], k <= min(d, 4),"
            + " 4 k-sparse probes";
      }

      @Override
      public RipInstance draw(Draws draws) {
        int n = draws.intBetween(2, 8);
        int d = draws.intBetween(2, 8);
        int k = draws.intBetween(1, Math.min(d, 4));
        BigRational[][] probes = new BigRational[4][];
        BigRational[] x = design(draws, n, d);
        for (int p = 0; p < probes.length; p++) {
          probes[p] = sparse(draws, d, k);
        }
        return new RipInstance(x, n, d, k, probes);
      }
    };
  }

  /**
   * Lemma 5.1: {@code n in [2, 8]}, {@code d in [2, 7]}, {@code k in [1, min(d - 1, 3)]}; delta
   * is the certified upper end of {@link RipCertificate} at level {@code k + 1} when it is
   * certified, else (and one time in four) the Gershgorin bound
   * {@code max_i |A_ii - 1| + k max_{i != j} |A_ij|}, which is at least {@code delta_{k+1}}
   * (each eigenvalue of {@code A_TT - I} lies in a Gershgorin disc); beta is k-sparse one time in
   * two, else dense.
   */
  public static InstanceFamily<LInfinityControlInstance> lInfinityControl() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational X (entries in {-2, ..., 2}/2), n in [2, 8], d in [2, 7], k <= min(d-1, 3),"
            + " delta = certified delta_{k+1} or Gershgorin, beta k-sparse or dense";
      }

      @Override
      public LInfinityControlInstance draw(Draws draws) {
        int n = draws.intBetween(2, 8);
        int d = draws.intBetween(2, 7);
        int k = draws.intBetween(1, Math.min(d - 1, 3));
        BigRational[] x = design(draws, n, d);
        BigRational delta;
        RipCertificate certificate = RipCertificate.of(x, n, d, k + 1);
        if (certificate.certified() && draws.between(0, 3) != 0) {
          delta = certificate.upper();
        } else {
          delta = gershgorin(RipCertificate.gram(x, n, d), d, k + 1);
        }
        BigRational[] beta = draws.coin() ? sparse(draws, d, k) : sparse(draws, d, d);
        return new LInfinityControlInstance(x, n, d, k, delta, beta);
      }
    };
  }

  /**
   * The proof step of Lemma A.2 ({@code ZG:rem-A.3}): {@code n, d in [1, 8]}, X as above, beta in
   * {@code R^n} with entries in {@code [-9, 9]/4}; one time in four beta is a multiple of a column
   * of X (equality in Cauchy-Schwarz for that column).
   */
  public static InstanceFamily<LInfinityCorrelationInstance> correlation() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational X (entries in {-2, ..., 2}/2), n, d in [1, 8], beta in R^n"
            + " (a multiple of a column one time in four)";
      }

      @Override
      public LInfinityCorrelationInstance draw(Draws draws) {
        int n = draws.intBetween(1, 8);
        int d = draws.intBetween(1, 8);
        BigRational[] x = design(draws, n, d);
        BigRational[] beta;
        if (draws.between(0, 3) == 0) {
          int column = draws.intBetween(0, d - 1);
          BigRational scale = BigRational.of(draws.between(-9, 9), 4);
          beta = new BigRational[n];
          for (int r = 0; r < n; r++) {
            beta[r] = x[r * d + column].multiply(scale);
          }
        } else {
          beta = sparse(draws, n, n);
        }
        return new LInfinityCorrelationInstance(x, n, d, beta);
      }
    };
  }

  /** {@code max_i |A_ii - 1| + (level - 1) max_{i != j} |A_ij|}, an upper bound of delta_level. */
  public static BigRational gershgorin(BigRational[][] gram, int d, int level) {
    BigRational diagonal = BigRational.ZERO;
    BigRational offDiagonal = BigRational.ZERO;
    for (int i = 0; i < d; i++) {
      diagonal = diagonal.max(gram[i][i].subtract(BigRational.ONE).abs());
      for (int j = 0; j < d; j++) {
        if (i != j) {
          offDiagonal = offDiagonal.max(gram[i][j].abs());
        }
      }
    }
    return diagonal.add(BigRational.of(level - 1).multiply(offDiagonal));
  }

  private static BigRational[] design(Draws draws, int n, int d) {
    BigRational[] x = new BigRational[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = BigRational.of(draws.between(-4, 4), 2);
    }
    return x;
  }

  /** A vector of length d with at most k nonzero entries in {@code [-9, 9]/4}, random support. */
  private static BigRational[] sparse(Draws draws, int d, int k) {
    BigRational[] beta = new BigRational[d];
    for (int i = 0; i < d; i++) {
      beta[i] = BigRational.ZERO;
    }
    int[] order = draws.permutation(d);
    for (int i = 0; i < k; i++) {
      beta[order[i]] = BigRational.of(draws.between(-9, 9), 4);
    }
    return beta;
  }
}
