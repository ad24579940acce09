package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.TheoremChecker;
import org.tacit.verify.Verdict;

/**
 * Measured tightness of the statements of Lemmas 4.1, 6.1 (proved form) and C.1 on the built-in
 * families: worst and median margin of each bound, printed for the report, separately for one
 * sample (where the lower bound is an equality, since Phi has a single column, and so is the
 * trace upper bound) and for N, d >= 2 (with d = 1, Phi has rank one and the upper bound is an
 * equality too).
 */
class StabilityTightnessTest {

  private static final int INSTANCES = 400;

  @Test
  @Verifies("NRSS:lem-4.1")
  @Verifies("NRSS:lem-6.1")
  @Verifies("NRSS:lem-C.1")
  void marginsOfTheBounds() {
    measure("lem-4.1", new DepthTwoStabilityLemmaChecker(), StabilityFamilies.depth(2, 2), 2);
    measure("lem-6.1", new DepthStabilityLemmaChecker(), StabilityFamilies.depth(3, 6), 2);
    measure("lem-C.1", new UvStabilityLemmaChecker(), StabilityFamilies.uv(), 1);
  }

  private static void measure(String name, TheoremChecker<SolutionInstance> checker,
      InstanceFamily<SolutionInstance> family, int bounds) {
    SeededDraws draws = new SeededDraws(name.hashCode());
    List<List<Double>> single = new ArrayList<>();
    List<List<Double>> several = new ArrayList<>();
    for (int b = 0; b < bounds; b++) {
      single.add(new ArrayList<>());
      several.add(new ArrayList<>());
    }
    for (int k = 0; k < INSTANCES; k++) {
      SolutionInstance instance = family.draw(draws);
      Verdict verdict = checker.check(instance);
      assertThat(verdict.holds()).as(verdict.describe()).isTrue();
      for (int b = 0; b < bounds; b++) {
        double margin = verdict.checks().get(b).margin();
        if (instance.data().samples() == 1) {
          assertThat(Math.abs(margin)).isLessThanOrEqualTo(StepSizeTolerances.SPECTRAL);
          single.get(b).add(margin);
        } else if (instance.data().dimension() >= 2) {
          several.get(b).add(margin);
        }
      }
    }
    for (int b = 0; b < bounds; b++) {
      System.out.println(String.format(Locale.ROOT,
          "[tacit] tightness %s %s bound: N>=2, d>=2 (%d): worst %.3e, median %.3e; N=1 (%d): worst %.3e",
          name, b == 0 ? "lower" : "upper", several.get(b).size(), min(several.get(b)),
          median(several.get(b)), single.get(b).size(), min(single.get(b))));
    }
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
  }
}
