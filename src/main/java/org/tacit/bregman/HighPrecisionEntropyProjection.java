package org.tacit.bregman;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigDecimalMath;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * An independent high-precision computation of the entropy projection, used as a reference for
 * {@link EntropyProjection}: damped Newton on the same dual, but in {@link BigDecimal} arithmetic
 * with a chosen number of significant digits, on the natural-order RREF of the exact constraints
 * (no re-pivoting, no equilibration, Gaussian elimination with partial pivoting for the Newton
 * system). Coordinates are carried as BigDecimal, which has no underflow.
 *
 * <p>Contract: returns log x_i on the support to about {@code digits - c} significant digits,
 * where c is the decimal logarithm of the Hessian's condition number (about
 * {@code log10(max x / min x)} on degenerate instances); callers choose digits accordingly (50 is
 * ample for alpha >= 1e-12 and |rho| <= 3). Throws {@link IllegalStateException} if Newton does
 * not reach a row-relative residual of {@code 10^(5 - digits)}. Small instances only: cost
 * O(iterations (m^2 k + m^3)) multiplications of digits-digit numbers and k exponentials.
 *
 * <p>Spec: reference for MS {@code rem-I.2} projections.
 */
public final class HighPrecisionEntropyProjection {

  private static final BigDecimal LOG_STEP_CAP =
      BigDecimal.valueOf(BregmanTolerances.HIGH_PRECISION_LOG_STEP_CAP);

  /** Armijo constant of the squared-residual merit (twice that of the dual objective). */
  private static final BigDecimal MERIT_ARMIJO = BigDecimal.valueOf(2 * BregmanTolerances.ARMIJO);

  private static final BigDecimal DUAL_ARMIJO = BigDecimal.valueOf(BregmanTolerances.ARMIJO);

  private final MathContext mc;
  private final int digits;

  /** A solver working with {@code digits} significant decimal digits (at least 20). */
  public HighPrecisionEntropyProjection(int digits) {
    if (digits < 20) {
      throw new IllegalArgumentException("at least 20 digits, got " + digits);
    }
    this.digits = digits;
    this.mc = new MathContext(digits + BregmanTolerances.HIGH_PRECISION_GUARD_DIGITS,
        RoundingMode.HALF_EVEN);
  }

  /**
   * The logarithms of the projection's coordinates, indexed like the original columns; entries
   * outside the support mask are null.
   *
   * @throws IllegalArgumentException if alpha is not positive or the constraints are inconsistent
   * @throws IllegalStateException if Newton does not converge
   */
  public @Nullable BigDecimal[] logProjection(EntropyProjectionProblem problem, BigDecimal alpha) {
    if (alpha.signum() <= 0) {
      throw new IllegalArgumentException("alpha must be positive, got " + alpha);
    }
    ReducedConstraints reduced = ReducedConstraints.reduce(problem);
    RationalMatrix rows = reduced.rows();
    int m = rows.rows();
    int k = rows.cols();
    BigDecimal[][] a = new BigDecimal[m][k];
    BigDecimal[] y = new BigDecimal[m];
    BigRational[] rhs = reduced.rightSide();
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < k; i++) {
        a[j][i] = toDecimal(rows.get(j, i));
      }
      y[j] = toDecimal(rhs[j]);
    }
    BigDecimal logAlpha = BigDecimalMath.log(alpha, mc);
    BigDecimal[] lambda = zeros(m);
    BigDecimal target =
        BigDecimal.ONE.movePointLeft(digits - BregmanTolerances.HIGH_PRECISION_RESIDUAL_DIGITS);
    BigDecimal[] logx = logX(a, lambda, logAlpha, k);
    for (int iter = 0; iter < BregmanTolerances.HIGH_PRECISION_MAX_ITERATIONS; iter++) {
      BigDecimal[] x = exp(logx);
      BigDecimal[] weights = new BigDecimal[m];
      BigDecimal[] r = residual(a, x, y, weights);
      BigDecimal phi0 = weightedSquares(r, weights);
      if (maxRelative(r, weights).compareTo(target) <= 0) {
        @Nullable BigDecimal[] out = new BigDecimal[problem.a().cols()];
        int[] columns = reduced.columns();
        for (int p = 0; p < k; p++) {
          out[columns[p]] = logx[p].round(new MathContext(digits, RoundingMode.HALF_EVEN));
        }
        return out;
      }
      BigDecimal[] direction = newtonDirection(a, x, r, m, k);
      BigDecimal largest = BigDecimal.ZERO;
      for (int i = 0; i < k; i++) {
        BigDecimal s = BigDecimal.ZERO;
        for (int j = 0; j < m; j++) {
          s = s.add(a[j][i].multiply(direction[j], mc), mc);
        }
        largest = largest.max(s.abs());
      }
      BigDecimal slope = BigDecimal.ZERO;
      for (int j = 0; j < m; j++) {
        slope = slope.add(r[j].multiply(direction[j], mc), mc);
      }
      BigDecimal t = largest.compareTo(LOG_STEP_CAP) > 0 ? LOG_STEP_CAP.divide(largest, mc)
          : BigDecimal.ONE;
      BigDecimal[] trialLogX = logx;
      boolean accepted = false;
      for (int halving = 0; halving < BregmanTolerances.HIGH_PRECISION_MAX_HALVINGS && !accepted;
          halving++) {
        BigDecimal[] trial = new BigDecimal[m];
        for (int j = 0; j < m; j++) {
          trial[j] = lambda[j].add(t.multiply(direction[j], mc), mc);
        }
        trialLogX = logX(a, trial, logAlpha, k);
        BigDecimal[] trialX = exp(trialLogX);
        BigDecimal phi = weightedSquares(residual(a, trialX, y, new BigDecimal[m]), weights);
        BigDecimal bound = BigDecimal.ONE.subtract(t.multiply(MERIT_ARMIJO, mc), mc)
            .multiply(phi0, mc);
        BigDecimal dualChange = dual(trialX, y, trial).subtract(dual(x, y, lambda), mc);
        if (phi.compareTo(bound) <= 0 || dualChange.compareTo(
            t.multiply(slope, mc).multiply(DUAL_ARMIJO, mc)) <= 0) {
          accepted = true;
          lambda = trial;
        } else {
          t = t.divide(BigDecimal.valueOf(2), mc);
        }
      }
      if (!accepted) {
        break;
      }
      logx = trialLogX;
    }
    throw new IllegalStateException("high-precision Newton did not converge");
  }

  /** The dual objective {@code sum_i x_i - y^T lambda}. */
  private BigDecimal dual(BigDecimal[] x, BigDecimal[] y, BigDecimal[] lambda) {
    BigDecimal s = BigDecimal.ZERO;
    for (BigDecimal xi : x) {
      s = s.add(xi, mc);
    }
    for (int j = 0; j < y.length; j++) {
      s = s.subtract(y[j].multiply(lambda[j], mc), mc);
    }
    return s;
  }

  private BigDecimal toDecimal(BigRational q) {
    return new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), mc);
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] z = new BigDecimal[n];
    java.util.Arrays.fill(z, BigDecimal.ZERO);
    return z;
  }

  private BigDecimal[] logX(BigDecimal[][] a, BigDecimal[] lambda, BigDecimal logAlpha, int k) {
    BigDecimal[] out = new BigDecimal[k];
    for (int i = 0; i < k; i++) {
      BigDecimal s = logAlpha;
      for (int j = 0; j < lambda.length; j++) {
        s = s.add(a[j][i].multiply(lambda[j], mc), mc);
      }
      out[i] = s;
    }
    return out;
  }

  private BigDecimal[] exp(BigDecimal[] logx) {
    BigDecimal[] out = new BigDecimal[logx.length];
    for (int i = 0; i < logx.length; i++) {
      out[i] = BigDecimalMath.exp(logx[i], mc);
    }
    return out;
  }

  /** {@code r = A x - y}; fills {@code weights} with {@code sum |a_ji| x_i + |y_j|}. */
  private BigDecimal[] residual(BigDecimal[][] a, BigDecimal[] x, BigDecimal[] y,
      BigDecimal[] weights) {
    BigDecimal[] r = new BigDecimal[y.length];
    for (int j = 0; j < y.length; j++) {
      BigDecimal s = y[j].negate();
      BigDecimal w = y[j].abs();
      for (int i = 0; i < x.length; i++) {
        BigDecimal term = a[j][i].multiply(x[i], mc);
        s = s.add(term, mc);
        w = w.add(term.abs(), mc);
      }
      r[j] = s;
      weights[j] = w;
    }
    return r;
  }

  private BigDecimal weightedSquares(BigDecimal[] r, BigDecimal[] weights) {
    BigDecimal s = BigDecimal.ZERO;
    for (int j = 0; j < r.length; j++) {
      BigDecimal f = r[j].divide(weights[j], mc);
      s = s.add(f.multiply(f, mc), mc);
    }
    return s;
  }

  private BigDecimal maxRelative(BigDecimal[] r, BigDecimal[] weights) {
    BigDecimal max = BigDecimal.ZERO;
    for (int j = 0; j < r.length; j++) {
      max = max.max(r[j].abs().divide(weights[j], mc));
    }
    return max;
  }

  /** Solves {@code (A diag(x) A^T) delta = -r} by Gaussian elimination with partial pivoting. */
  private BigDecimal[] newtonDirection(BigDecimal[][] a, BigDecimal[] x, BigDecimal[] r, int m,
      int k) {
    BigDecimal[][] h = new BigDecimal[m][m + 1];
    for (int j = 0; j < m; j++) {
      for (int l = 0; l < m; l++) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < k; i++) {
          s = s.add(a[j][i].multiply(a[l][i], mc).multiply(x[i], mc), mc);
        }
        h[j][l] = s;
      }
      h[j][m] = r[j].negate();
    }
    for (int c = 0; c < m; c++) {
      int p = c;
      for (int i = c + 1; i < m; i++) {
        if (h[i][c].abs().compareTo(h[p][c].abs()) > 0) {
          p = i;
        }
      }
      BigDecimal[] swap = h[p];
      h[p] = h[c];
      h[c] = swap;
      for (int i = c + 1; i < m; i++) {
        BigDecimal f = h[i][c].divide(h[c][c], mc);
        for (int j = c; j <= m; j++) {
          h[i][j] = h[i][j].subtract(f.multiply(h[c][j], mc), mc);
        }
      }
    }
    BigDecimal[] z = new BigDecimal[m];
    for (int j = m - 1; j >= 0; j--) {
      BigDecimal s = h[j][m];
      for (int p = j + 1; p < m; p++) {
        s = s.subtract(h[j][p].multiply(z[p], mc), mc);
      }
      z[j] = s.divide(h[j][j], mc);
    }
    return z;
  }
}
