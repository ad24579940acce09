package org.tacit.l1rate.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.model.L1RateTolerances;
import org.tacit.linalg.FloatingPoint;
import org.tacit.verify.Check;

/**
 * MS Lemma III.3 on instances with a known unique l1 minimizer x*: (i) the deviation
 * {@code n = x_inf - x*} lies in the cone N ({@code n_j = x_j > 0} off S, and {@code A n = 0}
 * checked as agreement of the subtracted {@code x^_S - x*_S} with {@code -B x^_{S^c}}), and (ii) the
 * split identity {@code -sum_S n~_i log((x*_i + n_i)/alpha) = sum_{S^c} n~_i log(n_i/alpha)} for
 * the constructed element n~ of N, at alpha = 1e-1, 1e-4, 1e-8, 1e-12. Tolerances from the
 * certificate.
 *
 * <p>Spec: {@code MS:lem-III.3i}, {@code MS:lem-III.3ii}.
 */
public final class DeviationSplitLemmaChecker extends KnownMinimizerChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:lem-III.3i";

  /** The checker. */
  public DeviationSplitLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  protected List<Check> evaluateKnown(KnownMinimizerInstance instance) {
    String id = SPEC_ID;
    List<Check> checks = new ArrayList<>();
    BigRational[] xStar = instance.minimizer();
    RationalMatrix b = instance.offSupportMap();
    int[] s = instance.support();
    int[] off = instance.offSupport();
    for (double alpha : new double[] {1e-1, 1e-4, 1e-8, 1e-12}) {
      EntropyProjectionResult r = project(instance, alpha);
      double[] x = r.x();
      double[] bound = r.certificate().logErrorBound();
      checks.add(Check.lessOrEqual(id, "certificate: self-map ratio <= 1 at alpha=" + alpha,
          r.certificate().contraction(), 1.0, 0.0));
      for (int j : off) {
        checks.add(Check.less(id, "n_j = x_j > 0 off S", 0.0, x[j] * Math.exp(-bound[j])));
      }
      // A n = 0: the subtracted deviation x^_S - x*_S agrees with -B x^_{S^c}
      for (int p = 0; p < s.length; p++) {
        int i = s[p];
        double direct = 0;
        double tolerance = x[i] * Math.expm1(bound[i]) + 2 * FloatingPoint.UNIT_ROUNDOFF * (x[i] + xStar[i].doubleValue());
        for (int q = 0; q < off.length; q++) {
          double bpq = b.get(p, q).doubleValue();
          direct -= bpq * x[off[q]];
          tolerance += Math.abs(bpq) * x[off[q]] * (Math.expm1(bound[off[q]])
              + FloatingPoint.gamma(off.length + 2));
        }
        double subtracted = x[i] - xStar[i].doubleValue();
        checks.add(Check.lessOrEqual(id, "|(x^_S - x*_S) + B x^_{S^c}| at alpha=" + alpha,
            Math.abs(subtracted - direct), tolerance, 0.0));
      }
      // Lemma III.3(ii) with n~ = the constructed element of N, in the paper's split form
      BigRational[] tilde = instance.kernelDirection();
      double lhs = 0;
      double rhs = 0;
      double[] n = new double[x.length];
      double logAlpha = Math.log(alpha);
      double[] logX = r.logX();
      for (int i = 0; i < x.length; i++) {
        n[i] = tilde[i].doubleValue();
        if (instance.inSupport(i)) {
          lhs -= n[i] * (logX[i] - logAlpha);
        } else {
          rhs += n[i] * (logX[i] - logAlpha);
        }
      }
      double tol = L1RateTolerances.identityTolerance(n, logX, logAlpha, bound);
      checks.add(Check.equal("MS:lem-III.3ii",
          "-sum_S n~_i log((x*_i+n_i)/alpha) = sum_S^c n~_i log(n_i/alpha) at alpha=" + alpha,
          lhs, rhs, tol / Math.max(Math.abs(lhs), Math.abs(rhs))));
    }
    return checks;
  }
}
