package org.tacit.l1rate;

import java.util.ArrayList;
import java.util.List;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.ProjectionCertificate;
import org.tacit.bregman.ProjectionInstance;
import org.tacit.verify.Check;
import org.tacit.verify.TheoremChecker;
import org.tacit.verify.Verdict;

/**
 * MS Lemma III.2 (maximal support), checked on the certified entropy projection: for alpha > 0,
 * every coordinate that is positive for some feasible x (here: the support mask M, on which the
 * instance's witness is strictly positive) is positive at x_inf(alpha). Checks: the certificate
 * applies (self-map ratio <= 1), and for every i in M, {@code 0 < x^_i exp(-L_i) <= x_inf_i} with
 * the certified log-error bound L_i.
 *
 * <p>Limitation: the mask is given by the instance (verified against the witness), not computed
 * by an LP, so "every coordinate positive for some feasible x" is only as complete as the mask.
 *
 * <p>Spec: {@code MS:lem-III.2}.
 */
public final class MaximalSupportLemma implements TheoremChecker<ProjectionInstance> {

  private final EntropyProjection solver = new EntropyProjection();

  @Override
  public String specId() {
    return "MS:lem-III.2";
  }

  @Override
  public String describe(ProjectionInstance instance) {
    return "d=" + instance.problem().a().cols() + ", N=" + instance.problem().a().rows();
  }

  @Override
  public Verdict check(ProjectionInstance instance) {
    String id = specId();
    String label = "alpha=" + instance.alpha() + ", d=" + instance.problem().a().cols();
    String failed = ProjectionLemmaSupport.failedHypothesis(instance);
    if (!failed.isEmpty()) {
      return Verdict.hypothesisFailed(id, label, failed);
    }
    EntropyProjectionResult r = solver.solve(instance.problem(), instance.alpha());
    ProjectionCertificate c = r.certificate();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(id, "certificate: self-map ratio <= 1", c.contraction(), 1.0, 0.0));
    double[] logX = r.logX();
    double[] bound = c.logErrorBound();
    boolean[] mask = instance.problem().support();
    for (int i = 0; i < logX.length; i++) {
      if (mask[i]) {
        checks.add(Check.less(id, "0 < x^_" + i + " exp(-L_" + i + ") <= x_inf_" + i, 0.0,
            Math.exp(logX[i] - bound[i])));
      }
    }
    return Verdict.of(id, label, checks);
  }
}
