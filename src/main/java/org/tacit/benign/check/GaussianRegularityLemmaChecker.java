package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.GaussianDesignInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Lemma A.2 (regularity conditions (R1)-(R5) of Assumption 2.2 for Gaussian X and xi), in
 * explicit versions of ours: the paper's O-constants and its probability {@code 1 - d e^-Omega(n)}
 * are unspecified, so each condition is checked through a standard explicit tail bound at a
 * deviation level whose failure probability is at most {@link #FAILURE_PROBABILITY} per claim and
 * instance (with p = that level, {@code x = log(1/p)}):
 * <ul>
 *   <li>(R1) Laurent-Massart for {@code ||xi||^2/sigma^2 ~ chi^2_n}:
 *       {@code n - 2 sqrt(n x) <= ||xi||^2/sigma^2 <= n + 2 sqrt(n x) + 2x};</li>
 *   <li>(R2) given xi, {@code (X^T xi)_j ~ N(0, ||xi||^2)} i.i.d.:
 *       {@code ||X^T xi||_inf <= ||xi|| sqrt(2 log(2d/p))} (so {@code ||X^T xi/n||_inf =
 *       O(sigma sqrt(log(d)/n))});</li>
 *   <li>(R3) given xi, {@code ||X^T xi||^2/||xi||^2 ~ chi^2_d}: Laurent-Massart both sides;</li>
 *   <li>(R4) Cauchy-Schwarz (remark A.3) and
 *       {@code max_j ||X[:, j]||^2 <= n + 2 sqrt(n log(d/p)) + 2 log(d/p)} (union over columns);</li>
 *   <li>(R5) Davidson-Szarek / Vershynin for {@code n <= d}, {@code t = sqrt(2 log(2/p))}:
 *       {@code d (1 - sqrt(n/d) - t/sqrt(d))^2 <= lambda_min(X X^T)} (when the bracket is
 *       positive) and {@code lambda_max(X X^T) <= d (1 + sqrt(n/d) + t/sqrt(d))^2}.</li>
 * </ul>
 * Double precision, relative tolerance {@link ZgTolerances#GAUSSIAN_CONCENTRATION}. The checks'
 * labels carry the measured constants of the paper's O-forms where they are ratios. Cost:
 * O(n^2 d) for {@code X X^T} and O(n^3) per Jacobi sweep.
 *
 * <p>Spec: {@code ZG:lem-A.2}.
 */
public final class GaussianRegularityLemmaChecker extends TheoremChecker<GaussianDesignInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:lem-A.2";

  /**
   * Failure probability of each explicit bound on one instance: 1e-12, so over every claim of
   * 200 instances of {@code tacit check} a failure has probability below 1e-8; a failure is then
   * evidence of a bug (or of a broken generator), not of bad luck.
   */
  public static final double FAILURE_PROBABILITY = 1e-12;

  /** The checker. */
  public GaussianRegularityLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(GaussianDesignInstance instance) {
    return "Gaussian X " + instance.n() + " x " + instance.d() + ", sigma=" + instance.sigma();
  }

  @Override
  protected List<Check> evaluate(GaussianDesignInstance instance, Hypotheses hypotheses) {
    int n = instance.n();
    int d = instance.d();
    double sigma = instance.sigma();
    if (!hypotheses.require("1 <= n <= d", n >= 1 && n <= d)
        || !hypotheses.require("X is n x d and xi has n entries",
            instance.x().length == n * d && instance.xi().length == n)
        || !hypotheses.require("sigma > 0", sigma > 0 && Double.isFinite(sigma))) {
      return List.of();
    }
    double tol = ZgTolerances.GAUSSIAN_CONCENTRATION;
    double p = FAILURE_PROBABILITY;
    double level = Math.log(1 / p);
    double[] x = instance.x();
    double[] xi = instance.xi();
    List<Check> checks = new ArrayList<>();
    double xiSquared = 0;
    for (double v : xi) {
      xiSquared += v * v;
    }
    double chi = xiSquared / (sigma * sigma);
    checks.add(Check.lessOrEqual(SPEC_ID, "(R1) ||xi||^2/sigma^2 <= n + 2 sqrt(n x) + 2x",
        chi, n + 2 * Math.sqrt(n * level) + 2 * level, tol));
    checks.add(Check.lessOrEqual(SPEC_ID, "(R1) n - 2 sqrt(n x) <= ||xi||^2/sigma^2",
        n - 2 * Math.sqrt(n * level), chi, tol));
    double[] correlation = new double[d];
    DenseKernels.transposeTimes(x, n, d, xi, 1.0, correlation);
    double maxCorrelation = 0;
    double correlationSquared = 0;
    for (double c : correlation) {
      maxCorrelation = Math.max(maxCorrelation, Math.abs(c));
      correlationSquared += c * c;
    }
    double xiNorm = Math.sqrt(xiSquared);
    checks.add(Check.lessOrEqual(SPEC_ID, "(R2) ||X^T xi||_inf <= ||xi|| sqrt(2 log(2d/p))",
        maxCorrelation, xiNorm * Math.sqrt(2 * Math.log(2 * d / p)), tol));
    double ratio = correlationSquared / xiSquared;
    checks.add(Check.lessOrEqual(SPEC_ID, "(R3) ||X^T xi||^2/||xi||^2 <= d + 2 sqrt(d x) + 2x",
        ratio, d + 2 * Math.sqrt(d * level) + 2 * level, tol));
    checks.add(Check.lessOrEqual(SPEC_ID, "(R3) d - 2 sqrt(d x) <= ||X^T xi||^2/||xi||^2",
        d - 2 * Math.sqrt(d * level), ratio, tol));
    double maxColumn = 0;
    for (int j = 0; j < d; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += x[i * d + j] * x[i * d + j];
      }
      maxColumn = Math.max(maxColumn, s);
    }
    double columnLevel = Math.log(d / p);
    checks.add(Check.lessOrEqual(SPEC_ID,
        "(R4) max_j ||X[:, j]||^2 <= n + 2 sqrt(n log(d/p)) + 2 log(d/p)",
        maxColumn, n + 2 * Math.sqrt(n * columnLevel) + 2 * columnLevel, tol));
    double[] eigenvalues = SymmetricEigen.eigenvalues(gram(x, n, d), n);
    double t = Math.sqrt(2 * Math.log(2 / p));
    double spread = Math.sqrt((double) n / d) + t / Math.sqrt(d);
    checks.add(Check.lessOrEqual(SPEC_ID,
        "(R5) lambda_max(X X^T) <= d (1 + sqrt(n/d) + t/sqrt d)^2",
        eigenvalues[n - 1], d * (1 + spread) * (1 + spread), tol));
    if (spread < 1) {
      checks.add(Check.lessOrEqual(SPEC_ID,
          "(R5) d (1 - sqrt(n/d) - t/sqrt d)^2 <= lambda_min(X X^T)",
          d * (1 - spread) * (1 - spread), eigenvalues[0], tol));
    }
    return checks;
  }

  /** {@code X X^T} ({@code n x n}, row-major) of the row-major {@code n x d} design x. */
  static double[] gram(double[] x, int n, int d) {
    double[] g = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int k = i; k < n; k++) {
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += x[i * d + j] * x[k * d + j];
        }
        g[i * n + k] = s;
        g[k * n + i] = s;
      }
    }
    return g;
  }
}
