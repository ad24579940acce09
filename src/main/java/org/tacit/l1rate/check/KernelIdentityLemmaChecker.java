package org.tacit.l1rate.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.ProjectionInstance;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.l1rate.model.L1RateTolerances;
import org.tacit.verify.Check;

/**
 * MS Lemma III.3(ii) in the form the proof derives it from: {@code <log(x_inf / alpha), n> = 0}
 * for every n in ker A restricted to the support mask, checked on each vector of an exact null-space
 * basis and on an integer combination of them. Tolerance per check: the certified log errors times
 * |n| plus a rounding bound of the sum (Higham's gamma), see
 * {@link L1RateTolerances#identityTolerance}.
 *
 * <p>Spec: {@code MS:lem-III.3ii}.
 */
public final class KernelIdentityLemmaChecker extends ProjectionLemmaChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:lem-III.3ii";

  /** The checker. */
  public KernelIdentityLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  protected List<Check> evaluateAt(ProjectionInstance instance, EntropyProjectionResult r) {
    String id = specId();
    EntropyProjectionProblem problem = instance.problem();
    double[] logX = r.logX();
    double logAlpha = Math.log(instance.alpha());
    double[] bound = r.certificate().logErrorBound();
    int[] mask = problem.supportIndices();
    RationalMatrix kernel = problem.a().selectColumns(mask).nullSpaceBasis();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(id, "certificate: self-map ratio <= 1", r.certificate().contraction(), 1.0, 0.0));
    long combination = 0;
    for (int c = 0; c <= kernel.cols(); c++) {
      double[] n = new double[logX.length];
      for (int p = 0; p < mask.length; p++) {
        BigRational v = BigRational.ZERO;
        for (int b = 0; b < kernel.cols(); b++) {
          // the c-th basis vector, and for c = cols a random integer combination
          long coefficient = c < kernel.cols() ? (b == c ? 1 : 0)
              : ((combination + 7L * b * b + 3L * b + 1) % 7) - 3;
          v = v.add(kernel.get(p, b).multiply(BigRational.of(coefficient)));
        }
        n[mask[p]] = v.doubleValue();
      }
      combination += c;
      double inner = 0;
      for (int i = 0; i < n.length; i++) {
        if (n[i] != 0) {
          inner += n[i] * (logX[i] - logAlpha);
        }
      }
      checks.add(Check.lessOrEqual(id, "|<log(x/alpha), n>| for n in ker A (" + c + ")",
          Math.abs(inner), L1RateTolerances.identityTolerance(n, logX, logAlpha, bound), 0.0));
    }
    return checks;
  }
}
