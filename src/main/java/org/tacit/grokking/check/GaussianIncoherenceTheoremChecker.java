package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.IncoherenceTrials;
import org.tacit.grokking.model.LocalCoherence;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.verify.BinomialAllowance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Theorem G.4, a statistical check: for {@code Phi in R^{n x m}} with {@code Phi^T Phi = I_m},
 * {@code m <= n}, and {@code n^{C1} M} iid {@code N(0, 1)} ({@code M in R^{N x n}}), with
 * {@code t = 2 C2 sqrt(ln(n N)) / n^{C1}} and {@code eta = (n N)^{1 - 2 C2}}:
 *
 * <ul>
 *   <li>{@link StatementForm#PRINTED}: {@code mu(M^T, Phi) <= t} with probability at least
 *       {@code 1 - eta}, where mu is the normalized coherence of Definition G.2. False (erratum
 *       E22): mu is invariant under scaling M, while t decays like {@code n^{-C1}}; for
 *       {@code m = n} every row has {@code mu >= 1/sqrt(n)} (Parseval).
 *   <li>{@link StatementForm#CORRECTED} (what the proof shows):
 *       {@code max_ij |[M Phi]_ij| <= t} with probability at least {@code 1 - eta}; the proof's
 *       union bound gives the failure probability {@code n N exp(-t^2/(2 sigma^2)) = (n
 *       N)^{1 - 2 C2^2} <= eta} (checked as a step).
 * </ul>
 *
 * <p>The simulated number of trials where the event fails must not exceed
 * {@link BinomialAllowance#count}{@code (trials, eta, STAT_FALSE_ALARM)}, so a correct bound fails
 * the check with probability at most {@link TdrTolerances#STAT_FALSE_ALARM}. Rounding of the double
 * products is negligible against the gap between t and the typical maximum. Cost: O(trials N n m).
 *
 * <p>Spec: {@code TDR:thm-G.4}.
 */
public final class GaussianIncoherenceTheoremChecker extends TheoremChecker<IncoherenceTrials> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:thm-G.4";

  private final StatementForm form;

  /** The checker of the given form ({@code CORRECTED} is registered). */
  public GaussianIncoherenceTheoremChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(IncoherenceTrials instance) {
    return "n=" + instance.phi().rows() + ", m=" + instance.phi().cols() + ", N="
        + instance.samples() + ", C1=" + instance.c1() + ", C2=" + instance.c2() + ", trials="
        + instance.normals().length + ", " + form;
  }

  @Override
  protected List<Check> evaluate(IncoherenceTrials instance, Hypotheses hypotheses) {
    RationalMatrix phi = instance.phi();
    int n = phi.rows();
    int m = phi.cols();
    int samples = instance.samples();
    double[][] trials = instance.normals();
    boolean shaped = trials.length >= 1;
    for (double[] z : trials) {
      shaped &= z.length == samples * n;
    }
    if (!hypotheses.require("1 <= m <= n", 1 <= m && m <= n)
        || !hypotheses.require("Phi^T Phi = I_m", LocalCoherence.orthonormalColumns(phi))
        || !hypotheses.require("N >= 1", samples >= 1)
        || !hypotheses.require("C1 > 0", instance.c1() > 0)
        || !hypotheses.require("C2 >= 1", instance.c2() >= 1)
        || !hypotheses.require("trials of N x n normals", shaped)) {
      return List.of();
    }
    double logSize = Math.log((double) n * samples);
    double sigma = Math.pow(n, -instance.c1());
    double threshold = 2 * instance.c2() * Math.sqrt(logSize) * sigma;
    double eta = Math.exp((1 - 2 * instance.c2()) * logSize);
    double[] basis = phi.toDoubleRowMajor();
    int failures = 0;
    for (double[] z : trials) {
      double statistic = form == StatementForm.PRINTED
          ? normalizedCoherence(z, samples, n, m, basis, sigma)
          : largestEntry(z, samples, n, m, basis, sigma);
      failures += statistic > threshold ? 1 : 0;
    }
    List<Check> checks = new ArrayList<>();
    if (form == StatementForm.CORRECTED) {
      checks.add(Check.lessOrEqual(SPEC_ID,
          "union bound: log(n N exp(-t^2/(2 sigma^2))) = (1 - 2 C2^2) ln(nN) <= log eta",
          (1 - 2 * instance.c2() * instance.c2()) * logSize, (1 - 2 * instance.c2()) * logSize,
          0.0));
    }
    String event = form == StatementForm.PRINTED ? "mu(M^T, Phi) > t" : "max_ij |[M Phi]_ij| > t";
    checks.add(Check.lessOrEqual(SPEC_ID,
        "#trials with " + event + " <= BinomialAllowance.count(trials, eta, STAT_FALSE_ALARM)",
        failures, BinomialAllowance.count(trials.length, eta, TdrTolerances.STAT_FALSE_ALARM),
        0.0));
    return checks;
  }

  /** {@code max_ij |[sigma Z Phi]_ij|}. */
  private static double largestEntry(double[] z, int samples, int n, int m, double[] phi,
      double sigma) {
    double best = 0;
    for (int i = 0; i < samples; i++) {
      for (int j = 0; j < m; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += z[i * n + k] * phi[k * m + j];
        }
        best = Math.max(best, Math.abs(sigma * sum));
      }
    }
    return best;
  }

  /** {@code max_ij |<M_i, Phi_j>| / (||M_i|| ||Phi_j||)} with {@code ||Phi_j|| = 1}. */
  private static double normalizedCoherence(double[] z, int samples, int n, int m, double[] phi,
      double sigma) {
    double best = 0;
    for (int i = 0; i < samples; i++) {
      double norm = 0;
      for (int k = 0; k < n; k++) {
        norm += (sigma * z[i * n + k]) * (sigma * z[i * n + k]);
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < m; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += sigma * z[i * n + k] * phi[k * m + j];
        }
        best = Math.max(best, norm == 0 ? 0 : Math.abs(sum) / norm);
      }
    }
    return best;
  }
}
