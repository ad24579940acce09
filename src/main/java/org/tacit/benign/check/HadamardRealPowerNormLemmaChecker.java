package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.HadamardRealPowerNormInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Lemma B.10, power part, for a real exponent {@code k >= 1} in double precision:
 * {@code || |alpha|^k ||_2 <= ||alpha||_2^k} (entrywise {@code |alpha_i|^k}), in squared form
 * {@code sum_i |alpha_i|^{2k} <= (sum_i alpha_i^2)^k}, with the proof's chain
 * {@code sum_i |alpha_i|^{2k} <= ||alpha||_inf^{2k-2} ||alpha||_2^2 <= ||alpha||_2^{2k}}.
 * Tolerance {@link ZgTolerances#hadamardRealPower}. Cost: O(d) calls of {@code Math.pow}. (Integer
 * exponents and the Hadamard-product part are checked exactly by
 * {@link HadamardNormLemmaChecker}.)
 *
 * <p>Spec: {@code ZG:lem-B.10}.
 */
public final class HadamardRealPowerNormLemmaChecker
    extends TheoremChecker<HadamardRealPowerNormInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:lem-B.10";

  /** The checker (stateless). */
  public HadamardRealPowerNormLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(HadamardRealPowerNormInstance instance) {
    return "d=" + instance.alpha().length + ", k=" + instance.k();
  }

  @Override
  protected List<Check> evaluate(HadamardRealPowerNormInstance instance, Hypotheses hypotheses) {
    double[] alpha = instance.alpha();
    double k = instance.k();
    boolean finite = true;
    for (double value : alpha) {
      finite &= Double.isFinite(value);
    }
    if (!hypotheses.require("alpha in R^d (finite)", finite)
        || !hypotheses.require("k >= 1", k >= 1 && Double.isFinite(k))) {
      return List.of();
    }
    double powers = 0;
    double squares = 0;
    double inf = 0;
    for (double value : alpha) {
      powers += Math.pow(Math.abs(value), 2 * k);
      squares += value * value;
      inf = Math.max(inf, Math.abs(value));
    }
    double tolerance = ZgTolerances.hadamardRealPower(alpha.length, k);
    double middle = Math.pow(inf, 2 * k - 2) * squares;
    double right = Math.pow(squares, k);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "|| |alpha|^k ||_2^2 <= ||alpha||_2^{2k} (real k)",
        powers, right, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "sum_i |alpha_i|^{2k} <= ||alpha||_inf^{2k-2} ||alpha||_2^2", powers, middle, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "||alpha||_inf^{2k-2} ||alpha||_2^2 <= ||alpha||_2^{2k}", middle, right, tolerance));
    return checks;
  }
}
