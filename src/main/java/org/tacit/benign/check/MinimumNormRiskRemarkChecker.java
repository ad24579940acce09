package org.tacit.benign.check;

import java.util.List;
import org.tacit.benign.model.MinimumNormInterpolator;
import org.tacit.benign.model.MinimumNormRisk;
import org.tacit.benign.model.MinimumNormRiskInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.linalg.Vectors;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG remark 1.2 (Section 1, unnumbered; cited from Bartlett et al. 2020, Hastie et al. 2022): the
 * min-l2 interpolator has test loss {@code Omega(||beta*||^2)}. Checked per instance is the
 * deterministic lower bound behind it: {@code ||beta_l2 - beta*||^2 = ||(I - P) beta*||^2 +
 * ||X^T K^{-1} xi||^2 >= ||(I - P) beta*||^2}, P the projection onto {@code row(X)}. For
 * rotation-invariant X (isotropic Gaussian rows) {@code E ||(I - P) beta*||^2 = (1 - n/d)
 * ||beta*||^2}, which the property test checks by Monte Carlo; with {@code n <= d/2} this is the
 * claimed {@code Omega(||beta*||^2)} in expectation.
 *
 * <p>Hypotheses: {@code n < d}; X has full row rank (decided by the Cholesky factorisation of
 * {@code X X^T} in double: a positive pivot at every step); {@code beta* != 0}.
 *
 * <p>Checks (double, tolerance {@link ZgTolerances#minimumNormRiskIdentity}, with
 * {@code lambda_min(X X^T)} from the Jacobi eigen solver): the Pythagorean identity, and the lower
 * bound {@code ||(I - P) beta*||^2 <= ||beta_l2 - beta*||^2}.
 *
 * <p>Spec: {@code ZG:rem-1.2}.
 */
public final class MinimumNormRiskRemarkChecker extends TheoremChecker<MinimumNormRiskInstance> {

  /** The spec item. */
  public static final String SPEC_ID = "ZG:rem-1.2";

  /** Creates the checker. */
  public MinimumNormRiskRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(MinimumNormRiskInstance instance) {
    return "n=" + instance.samples() + ", d=" + instance.dimension() + ", ||beta*||="
        + Vectors.norm(instance.betaStar()) + ", ||xi||=" + Vectors.norm(instance.noise());
  }

  @Override
  protected List<Check> evaluate(MinimumNormRiskInstance instance, Hypotheses hypotheses) {
    int n = instance.samples();
    int d = instance.dimension();
    double[] eigenvalues = n >= 1 && n < d && instance.x().length == n * d
        ? SymmetricEigen.eigenvalues(MinimumNormInterpolator.gram(instance.x(), n, d), n)
        : new double[0];
    if (!hypotheses.require("n < d", n >= 1 && n < d && instance.x().length == n * d
            && instance.noise().length == n && instance.betaStar().length == d)
        || !hypotheses.require("X has full row rank", fullRowRank(instance))
        || !hypotheses.require("beta* != 0", Vectors.norm(instance.betaStar()) > 0)) {
      return List.of();
    }
    double lambdaMin = Double.POSITIVE_INFINITY;
    for (double e : eigenvalues) {
      lambdaMin = Math.min(lambdaMin, e);
    }
    double[] x = instance.x();
    double ratio = Vectors.dot(x, x) / lambdaMin;
    MinimumNormRisk risk = MinimumNormRisk.of(instance);
    double[] betaStar = instance.betaStar();
    double[] interpolator = risk.interpolator();
    double[] projection = risk.projection();
    double[] noiseFit = risk.noiseFit();
    double[] error = new double[d];
    double[] offRowSpace = new double[d];
    for (int j = 0; j < d; j++) {
      error[j] = interpolator[j] - betaStar[j];
      offRowSpace[j] = betaStar[j] - projection[j];
    }
    double errorSquared = Vectors.dot(error, error);
    double biasSquared = Vectors.dot(offRowSpace, offRowSpace);
    double varianceSquared = Vectors.dot(noiseFit, noiseFit);
    double starNorm = Vectors.norm(betaStar);
    double scale = Vectors.norm(error) * (Vectors.norm(interpolator) + starNorm)
        + Vectors.norm(offRowSpace) * (Vectors.norm(projection) + starNorm) + varianceSquared;
    double tolerance = ZgTolerances.minimumNormRiskIdentity(n, d, ratio);
    return List.of(
        Check.equalAtScale(SPEC_ID, "||beta_l2 - beta*||^2 = ||(I - P) beta*||^2 + ||X^T K^-1"
            + " xi||^2", errorSquared, biasSquared + varianceSquared, scale, tolerance),
        Check.lessOrEqual(SPEC_ID, "||(I - P) beta*||^2 <= ||beta_l2 - beta*||^2 (lower bound)",
            biasSquared - tolerance * scale, errorSquared, 0.0));
  }

  private static boolean fullRowRank(MinimumNormRiskInstance instance) {
    try {
      MinimumNormInterpolator.solve(instance.x(), instance.samples(), instance.dimension(),
          new double[instance.samples()]);
      return true;
    } catch (IllegalArgumentException notPositiveDefinite) {
      return false;
    }
  }
}
