package org.tacit.grokking.neural;

import java.util.List;
import java.util.OptionalLong;

/**
 * The memorization step {@code t1} (the first recorded step whose training accuracy is at least
 * {@code memorizationThreshold}) and the generalization step {@code t2} (the first recorded step
 * whose test accuracy is at least {@code generalizationThreshold}) of a classification run, the
 * accuracy analogue of {@link org.tacit.grokking.model.GrokkingSteps}. The paper states no
 * thresholds for its MLP figures; they are parameters (1.0 means 100%). Resolution: the steps are
 * among the recorded ones, so each is exact up to the recording interval.
 *
 * <p>Spec: {@code TDR:fig-1} (the delay between memorization and generalization).
 *
 * @param memorization t1, empty if never reached
 * @param generalization t2, empty if never reached
 */
public record AccuracySteps(OptionalLong memorization, OptionalLong generalization) {

  /** The steps of the recorded run {@code measurements} (in step order). */
  public static AccuracySteps of(List<MlpObjective.Measurement> measurements,
      double memorizationThreshold, double generalizationThreshold) {
    OptionalLong t1 = OptionalLong.empty();
    OptionalLong t2 = OptionalLong.empty();
    for (MlpObjective.Measurement m : measurements) {
      if (t1.isEmpty() && m.trainAccuracy() >= memorizationThreshold) {
        t1 = OptionalLong.of(m.step());
      }
      if (t2.isEmpty() && m.testAccuracy() >= generalizationThreshold) {
        t2 = OptionalLong.of(m.step());
      }
    }
    return new AccuracySteps(t1, t2);
  }
}
