package org.tacit.benign.model;

import java.util.OptionalInt;

/**
 * The stage boundaries of a {@link StageTrajectory}, by operational definitions (the paper defines
 * them with hidden constants, and Figure 1 does not say how its red line was computed):
 * <ul>
 *   <li>{@code T11}: the first t with {@code lambda (w_k^(t))^2 >= beta_min/4} for every
 *       {@code k in S+} and {@code lambda (u_k^(t))^2 >= beta_min/4} for every {@code k in S-}
 *       (Lemma B.5);
 *   <li>{@code T1} (end of Stage 1): the first t with
 *       {@code err_S(t) <= C_T1 (B_xi + sigma sqrt(n/d))}, {@code C_T1 = }{@value #C_T1},
 *       {@code B_xi := sigma sqrt(ln(d)/n)} (Lemma 5.3 with "=" read as "<=", as in Lemma B.8);
 *   <li>{@code T21} (end of Stage 2.1): the first {@code t >= T1} with
 *       {@code ||r^(t)||_2 <= C_T21 sigma}, {@code C_T21 = }{@value #C_T21} (Lemma C.1);
 *   <li>{@code T2}: the first t with {@code L(t) <= eps} (Lemma 5.6).
 * </ul>
 * Each is empty when the run never meets its condition.
 *
 * <p>Spec: {@code ZG:lem-5.3}, {@code ZG:lem-B.5}, {@code ZG:lem-B.8}, {@code ZG:lem-C.1},
 * {@code ZG:lem-5.6}, {@code ZG:fig-1}.
 *
 * @param t11 {@code T11}
 * @param t1 {@code T1}
 * @param t21 {@code T21}
 * @param t2 {@code T2}
 */
public record StageBoundaries(OptionalInt t11, OptionalInt t1, OptionalInt t21, OptionalInt t2) {

  /**
   * The constant {@code C_T1} of the operational {@code T1}: the hidden constant of Lemma 5.3,
   * {@link ZgTolerances#STAGE_ONE_SIGNAL_CAP} (see there why 2 and not 1).
   */
  public static final double C_T1 = ZgTolerances.STAGE_ONE_SIGNAL_CAP;

  /** The constant {@code C_T21} of the operational {@code T21} (the hidden constant set to 1). */
  public static final double C_T21 = 1.0;

  /** The boundaries of {@code trajectory}. O(T s). */
  public static StageBoundaries of(StageTrajectory trajectory) {
    StageInstance instance = trajectory.instance();
    int last = trajectory.lastStep();
    int s = instance.support().length;
    double quarter = instance.betaMin() / 4;
    double threshold = C_T1 * instance.noiseScale();
    OptionalInt t11 = OptionalInt.empty();
    OptionalInt t1 = OptionalInt.empty();
    OptionalInt t21 = OptionalInt.empty();
    OptionalInt t2 = OptionalInt.empty();
    for (int t = 0; t <= last; t++) {
      if (t11.isEmpty()) {
        boolean all = true;
        for (int j = 0; j < s; j++) {
          all &= trajectory.signalQuadratic(t, j) >= quarter;
        }
        if (all) {
          t11 = OptionalInt.of(t);
        }
      }
      if (t1.isEmpty() && trajectory.signalError(t) <= threshold) {
        t1 = OptionalInt.of(t);
      }
      if (t1.isPresent() && t21.isEmpty()
          && trajectory.residualNorm(t) <= C_T21 * instance.sigma()) {
        t21 = OptionalInt.of(t);
      }
      if (t2.isEmpty() && trajectory.loss(t) <= instance.lossTarget()) {
        t2 = OptionalInt.of(t);
      }
    }
    return new StageBoundaries(t11, t1, t21, t2);
  }
}
