package org.tacit.l1rate.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.ProjectionCertificate;
import org.tacit.bregman.ProjectionInstance;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.model.FeasibleSupport;
import org.tacit.lp.LinearSystem;
import org.tacit.verify.Check;

/**
 * MS Lemma III.2 (maximal support), checked on the certified entropy projection: for alpha > 0,
 * every coordinate that is positive for some feasible x (here: the support mask M, on which the
 * instance's witness is strictly positive) is positive at x_inf(alpha). Checks: the certificate
 * applies (self-map ratio <= 1), and for every i in M, {@code 0 < x^_i exp(-L_i) <= x_inf_i} with
 * the certified log-error bound L_i.
 *
 * <p>The mask is checked exactly against the maximal support computed by LPs
 * ({@link FeasibleSupport}): a coordinate outside M is 0 on the whole feasible set (certified LP
 * optimum 0), one inside is positive at some feasible point. Under Assumption II.1 every i with
 * {@code n~_i != 0} for some {@code n~ in N} lies in the maximal support (x* + eps n~ is feasible
 * for small eps > 0), so positivity on it implies the lemma as printed.
 *
 * <p>Spec: {@code MS:lem-III.2}.
 */
public final class MaximalSupportLemmaChecker extends ProjectionLemmaChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "MS:lem-III.2";

  /** The checker. */
  public MaximalSupportLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  protected List<Check> evaluateAt(ProjectionInstance instance, EntropyProjectionResult r) {
    String id = specId();
    ProjectionCertificate c = r.certificate();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(id, "certificate: self-map ratio <= 1", c.contraction(), 1.0, 0.0));
    double[] logX = r.logX();
    double[] bound = c.logErrorBound();
    boolean[] mask = instance.problem().support();
    boolean[] maximal = FeasibleSupport.of(new LinearSystem(instance.problem().a(),
        instance.problem().y())).mask();
    int disagreements = 0;
    for (int i = 0; i < mask.length; i++) {
      disagreements += mask[i] == maximal[i] ? 0 : 1;
    }
    checks.add(Check.equal(id, "mask M = maximal support by exact LPs (coordinates differing)",
        BigRational.of(disagreements), BigRational.ZERO));
    for (int i = 0; i < logX.length; i++) {
      if (mask[i]) {
        checks.add(Check.less(id, "0 < x^_" + i + " exp(-L_" + i + ") <= x_inf_" + i, 0.0,
            Math.exp(logX[i] - bound[i])));
      }
    }
    return checks;
  }
}
