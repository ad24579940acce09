package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.benign.family.ConstantChaseFamilies;
import org.tacit.benign.model.GaussianDesignInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/**
 * ZG Lemma A.2 in explicit versions over Gaussian designs, and designs that break one condition
 * each: a noise with twice the claimed standard deviation fails (R1) only; a noise along a column
 * of X fails (R2) only.
 */
class GaussianRegularityLemmaProperties {

  private final GaussianRegularityLemmaChecker checker = new GaussianRegularityLemmaChecker();

  /**
   * Over 40 seeded draws. Not through QuickTheories: its source favours boundary values (all-zero
   * "Gaussians" from Box-Muller at u = 0), while these are statements about Gaussian samples.
   */
  @Test
  @Verifies("ZG:lem-A.2")
  void theExplicitRegularityBoundsHold() {
    SeededDraws draws = new SeededDraws(PropertyHarness.seedFor("ZG:lem-A.2"));
    for (int k = 0; k < 40; k++) {
      Verdict verdict = checker.check(ConstantChaseFamilies.gaussianDesign().draw(draws));
      assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    }
  }

  /** xi drawn with sigma = 2 while the instance claims 1: ||xi||^2 ~ 4n > n + 2 sqrt(n x) + 2x. */
  @Test
  @Verifies("ZG:lem-A.2")
  void noiseAboveItsClaimedLevelFailsROneOnly() {
    GaussianDesignInstance base = design(400, 60, 7);
    double[] loud = base.xi().clone();
    for (int i = 0; i < loud.length; i++) {
      loud[i] *= 2;
    }
    Verdict verdict = checker.check(new GaussianDesignInstance(base.n(), base.d(), 1.0,
        base.x(), loud));
    assertThat(failing(verdict)).containsExactly(
        "(R1) ||xi||^2/sigma^2 <= n + 2 sqrt(n x) + 2x");
  }

  /**
   * xi = X[:, 0] (sigma set to its empirical level): (X^T xi)_0 = ||X[:, 0]||^2 ~ n = 90 exceeds
   * ||xi|| sqrt(2 log(2d/p)) ~ sqrt(90) 7.8 = 74, while chi^2-type ratios stay in range.
   */
  @Test
  @Verifies("ZG:lem-A.2")
  void noiseAlongAColumnFailsRTwoOnly() {
    GaussianDesignInstance base = design(900, 90, 11);
    double[] column = new double[base.n()];
    double squared = 0;
    for (int i = 0; i < base.n(); i++) {
      column[i] = base.x()[i * base.d()];
      squared += column[i] * column[i];
    }
    Verdict verdict = checker.check(new GaussianDesignInstance(base.n(), base.d(),
        Math.sqrt(squared / base.n()), base.x(), column));
    assertThat(failing(verdict)).containsExactly(
        "(R2) ||X^T xi||_inf <= ||xi|| sqrt(2 log(2d/p))");
  }

  private static GaussianDesignInstance design(int d, int n, long seed) {
    SeededDraws draws = new SeededDraws(seed);
    double[] x = new double[n * d];
    for (int k = 0; k < x.length; k++) {
      x[k] = draws.gaussian();
    }
    double[] xi = new double[n];
    for (int i = 0; i < n; i++) {
      xi[i] = draws.gaussian();
    }
    return new GaussianDesignInstance(n, d, 1.0, x, xi);
  }

  private static List<String> failing(Verdict verdict) {
    assertThat(verdict.hypothesesMet()).isTrue();
    return verdict.checks().stream().filter(c -> !c.holds()).map(Check::label).toList();
  }
}
