package org.tacit.l1rate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.l1rate.family.ClosedFormFamilies;
import org.tacit.l1rate.model.ClosedFormInstance;
import org.tacit.l1rate.model.L1RateTolerances;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.l1rate.model.RateInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * How tight each step of Theorem II.2 is: 20 instances of each closed-form family, each on the
 * grid eps = alpha / min_S x* = 10^-k, k = 1/2, 1, ..., 12 and 16, 20, 30 (part (a)), and on
 * eps = C^(-1/(1-rho)) 10^-k, k = 0, 1/2, ..., 12 (part (b), corrected). Prints the worst and
 * median margin of every check label (for the report and the proof note); every verdict must
 * hold.
 */
class RateBoundsTightnessTest {

  private static final double[] EXPONENTS_A = grid(true);
  private static final double[] EXPONENTS_B = grid(false);

  private static double[] grid(boolean deep) {
    List<Double> out = new ArrayList<>();
    for (int k = deep ? 1 : 0; k <= 24; k++) {
      out.add(k / 2.0);
    }
    if (deep) {
      out.addAll(List.of(16.0, 20.0, 30.0));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  @Verifies("MS:thm-II.2a")
  @Verifies("MS:thm-II.2b")
  @Verifies("MS:rem-II.1")
  void marginsPerStep() {
    Map<String, List<Double>> margins = new LinkedHashMap<>();
    RateUpperBoundChecker upper = new RateUpperBoundChecker();
    RateLowerBoundChecker lower = new RateLowerBoundChecker(StatementForm.CORRECTED);
    for (InstanceFamily<ClosedFormInstance> family : List.of(ClosedFormFamilies.singleRowFamily(),
        ClosedFormFamilies.blockDiagonalFamily())) {
      Draws draws = new SeededDraws(20261123L);
      for (int sample = 0; sample < 20; sample++) {
        ClosedFormInstance instance = family.draw(draws);
        RateConstants k = instance.constants();
        double lambda = k.minOnSupport().doubleValue();
        for (double e : EXPONENTS_A) {
          record(margins, upper.check(new RateInstance(instance, lambda * Math.pow(10, -e))));
        }
        double logEpsMax = Math.log1p(-L1RateTolerances.HYPOTHESIS_INSET)
            - k.logLowerBoundConstant() / (1 - k.rho().doubleValue());
        for (double e : EXPONENTS_B) {
          record(margins, lower.check(new RateInstance(instance,
              lambda * Math.exp(logEpsMax - e * Math.log(10)))));
        }
      }
    }
    StringBuilder table = new StringBuilder("[tacit] MS Theorem II.2 margins (worst / median):\n");
    for (Map.Entry<String, List<Double>> entry : margins.entrySet()) {
      double[] values = entry.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(values);
      table.append(String.format("  %-11.3e %-11.3e n=%d  %s%n", values[0],
          values[values.length / 2], values.length, entry.getKey()));
    }
    System.out.print(table);
    assertThat(margins).isNotEmpty();
  }

  private static void record(Map<String, List<Double>> margins, Verdict verdict) {
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    for (Check check : verdict.checks()) {
      margins.computeIfAbsent(check.specId() + " " + check.label(), key -> new ArrayList<>())
          .add(check.margin());
    }
  }
}
