package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.SignDynamics;
import org.tacit.grokking.model.SignDynamicsInstance;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;

/**
 * The exact checks shared by Lemma C.30 (one coordinate) and Lemma C.31 (n coordinates, the
 * coordinate-wise application of C.30): the trajectory {@code a^(1), ..., a^(T+2)},
 * {@code T = m + 4}, {@code m = floor(||a^(1)||_inf / alpha)}, is computed exactly and each claim
 * is checked at every {@code t <= T} as a count of the {@code t} where it fails, which must be 0.
 * Labels are shared by both lemmas; the spec IDs are the caller's. Cost: O(n T) rational
 * operations.
 */
final class SignDynamicsClaims {

  static final String CLOSED_FORM =
      "proof: a_i^(t) = a_i^(1) - (t - 1) alpha sign(a_i^(1)) for t <= floor(|a_i^(1)|/alpha) + 1";
  static final String STATIONARY_PRINTED =
      "(1) printed: a^(t+1) = a^(t) iff ||a^(t)||_inf <= alpha";
  static final String STATIONARY_CORRECTED =
      "(1) corrected: a^(t+1) = a^(t) iff a^(t) = 0 and H(0) = 0";
  static final String INVARIANT =
      "(1) corrected: ||a^(t)||_inf <= alpha implies ||a^(t+1)||_inf <= alpha";
  static final String PERIOD_TWO =
      "(1) corrected, H = sign: a^(t+2) = a^(t) for t > floor(||a^(1)||_inf/alpha)";
  static final String ENTRY_PRINTED =
      "(2) printed: ||a^(t)||_inf <= alpha iff t > floor(||a^(1)||_inf/alpha)";
  static final String ENTRY_CORRECTED =
      "(2) corrected: ||a^(t)||_inf <= alpha iff t >= max(1, ceil(||a^(1)||_inf/alpha))";
  static final String ENTRY_STRICT =
      "(2) corrected, |H(0)| < 1: ||a^(t)||_inf < alpha iff t > floor(||a^(1)||_inf/alpha)";

  private SignDynamicsClaims() {}

  /** The iterates {@code a^(1), ..., a^(T+2)} of the instance. */
  static List<BigRational[]> trajectory(SignDynamicsInstance instance) {
    return SignDynamics.trajectory(instance.initialPoint(), instance.alpha(),
        instance.selection(), horizon(instance) + 2);
  }

  /** {@code T = floor(||a^(1)||_inf / alpha) + 4}. */
  static int horizon(SignDynamicsInstance instance) {
    return lastFloor(instance) + 4;
  }

  /** {@code m = floor(||a^(1)||_inf / alpha)}. */
  static int lastFloor(SignDynamicsInstance instance) {
    return SignDynamics.floorRatio(RationalVectors.normInf(instance.initialPoint()),
        instance.alpha());
  }

  /**
   * The checks of parts (1) and (2) and of the proof's closed form.
   *
   * @param lemmaId the ID of the lemma (the closed form of its proof)
   * @param stationaryId the ID of part (1)
   * @param entryId the ID of part (2)
   */
  static List<Check> partsOneAndTwo(SignDynamicsInstance instance, List<BigRational[]> iterates,
      StatementForm form, String lemmaId, String stationaryId, String entryId) {
    BigRational alpha = instance.alpha();
    BigRational[] initial = instance.initialPoint();
    int m = lastFloor(instance);
    int horizon = horizon(instance);
    int entry = Math.max(1, SignDynamics.ceilRatio(RationalVectors.normInf(initial), alpha));
    int closedForm = 0;
    int stationaryPrinted = 0;
    int stationaryCorrected = 0;
    int invariant = 0;
    int periodTwo = 0;
    int entryPrinted = 0;
    int entryCorrected = 0;
    int entryStrict = 0;
    for (int t = 1; t <= horizon; t++) {
      BigRational[] a = iterates.get(t - 1);
      BigRational[] next = iterates.get(t);
      for (int i = 0; i < a.length; i++) {
        BigRational descent = BigRational.of(t - 1).multiply(alpha)
            .multiply(SignDynamics.sign(initial[i]));
        if (t <= SignDynamics.floorRatio(initial[i], alpha) + 1
            && !a[i].equals(initial[i].subtract(descent))) {
          closedForm++;
        }
      }
      BigRational norm = RationalVectors.normInf(a);
      boolean inBall = norm.compareTo(alpha) <= 0;
      boolean fixed = Arrays.equals(a, next);
      boolean zeroSubgradient = SignDynamics.support(a) == 0 && instance.signSubgradient();
      stationaryPrinted += fixed == inBall ? 0 : 1;
      stationaryCorrected += fixed == zeroSubgradient ? 0 : 1;
      invariant += !inBall || RationalVectors.normInf(next).compareTo(alpha) <= 0 ? 0 : 1;
      periodTwo += t <= m || Arrays.equals(a, iterates.get(t + 1)) ? 0 : 1;
      entryPrinted += inBall == (t > m) ? 0 : 1;
      entryCorrected += inBall == (t >= entry) ? 0 : 1;
      entryStrict += (norm.compareTo(alpha) < 0) == (t > m) ? 0 : 1;
    }
    List<Check> checks = new ArrayList<>();
    checks.add(zeroCount(lemmaId, CLOSED_FORM, closedForm));
    if (form == StatementForm.PRINTED) {
      checks.add(zeroCount(stationaryId, STATIONARY_PRINTED, stationaryPrinted));
      checks.add(zeroCount(entryId, ENTRY_PRINTED, entryPrinted));
      return checks;
    }
    checks.add(zeroCount(stationaryId, STATIONARY_CORRECTED, stationaryCorrected));
    checks.add(zeroCount(stationaryId, INVARIANT, invariant));
    if (instance.signSubgradient()) {
      checks.add(zeroCount(stationaryId, PERIOD_TWO, periodTwo));
    }
    checks.add(zeroCount(entryId, ENTRY_CORRECTED, entryCorrected));
    if (instance.strictSelection()) {
      checks.add(zeroCount(entryId, ENTRY_STRICT, entryStrict));
    }
    return checks;
  }

  /** The exact check {@code count = 0}: the number of steps {@code t <= T} where a claim fails. */
  static Check zeroCount(String specId, String label, int count) {
    return Check.equal(specId, label + " (#t failing)", BigRational.of(count), BigRational.ZERO);
  }
}
