package org.tacit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared GD loop against closed forms. On the bowl {@code f(x) = (a/2) ||x||^2} GD is
 * {@code x_t = (1 - eta a)^t x_0}; with {@code a = 2}, dyadic steps and
 * {@code x_0 = (1, -3, 1/2)} every iterate and loss is exact in double, so the expected values are
 * exact: {@code f(x_t) = (1 - eta a)^{2t} f(x_0)}, {@code f(x_0) = 41/4}. Scripted objectives
 * (losses given per step) pin the stopping rules at chosen steps.
 */
class TrainingLoopTest {

  private static final double[] X0 = {1, -3, 0.5};
  private static final double LOSS0 = 10.25;

  /** {@code x_0 (1 - eta a)^t}. */
  private static double[] scaled(double factor) {
    return new double[] {X0[0] * factor, X0[1] * factor, X0[2] * factor};
  }

  private static TrainingSettings settings(double eta, double tolerance, long maxSteps) {
    return new TrainingSettings(WarmupSchedule.constant(eta), tolerance, maxSteps);
  }

  @Test
  void iteratesAreThePowersOfTheContraction() {
    Bowl bowl = new Bowl(2);
    double[] initial = X0.clone();
    TrainingResult result = GradientDescent.run(bowl, initial,
        settings(0.25, Double.MIN_VALUE, 10));
    assertThat(result.converged()).isFalse();
    assertThat(result.reason()).isEqualTo(TrainingResult.BUDGET);
    assertThat(result.steps()).isEqualTo(10);
    assertThat(result.theta()).containsExactly(scaled(Math.scalb(1.0, -10)));
    assertThat(result.finalLoss()).isEqualTo(LOSS0 * Math.scalb(1.0, -20));
    assertThat(result.finalStep()).isEqualTo(0.25);
    assertThat(result.checkpoints()).isEmpty();
    assertThat(initial).containsExactly(X0);
    assertThat(bowl.losses).isEqualTo(11);
    assertThat(bowl.descents).isEqualTo(10);
  }

  /**
   * {@code f(x_t) = 10.25 / 4^t}: {@code 10.25 / 4^11 = 2.4e-6 >= 1e-6 > 10.25 / 4^12 = 6.1e-7},
   * so the loss first goes below 1e-6 at t = 12, and with 3 confirmation steps the run stops at 15.
   */
  @Test
  void convergesExactlyAtThePredictedStep() {
    TrainingResult first = GradientDescent.run(new Bowl(2), X0, settings(0.25, 1e-6, 100));
    assertThat(first.converged()).isTrue();
    assertThat(first.reason()).isEqualTo(TrainingResult.CONVERGED);
    assertThat(first.steps()).isEqualTo(12);
    assertThat(first.theta()).containsExactly(scaled(Math.scalb(1.0, -12)));
    assertThat(first.finalLoss()).isEqualTo(LOSS0 * Math.scalb(1.0, -24));
    TrainingResult confirmed = GradientDescent.run(new Bowl(2), X0,
        new TrainingSettings(WarmupSchedule.constant(0.25), 1e-6, 100, 3));
    assertThat(confirmed.converged()).isTrue();
    assertThat(confirmed.steps()).isEqualTo(15);
    assertThat(confirmed.theta()).containsExactly(scaled(Math.scalb(1.0, -15)));
    TrainingResult already = GradientDescent.run(new Bowl(2), X0, settings(0.25, 11, 100));
    assertThat(already.converged()).isTrue();
    assertThat(already.steps()).isZero();
    assertThat(already.theta()).containsExactly(X0);
  }

  /**
   * Linear warm-up {@code linear(1/4, 2)}: steps {@code 1/8, 3/16, 1/4, ...}, contractions
   * {@code 1 - 2 eta_t = 3/4, 5/8, 1/2}; the final step is that of the last update.
   */
  @Test
  void theScheduleGivesTheStepOfEachUpdate() {
    WarmupSchedule schedule = WarmupSchedule.linear(0.25, 2);
    TrainingResult three = GradientDescent.run(new Bowl(2), X0,
        new TrainingSettings(schedule, Double.MIN_VALUE, 3));
    assertThat(three.theta()).containsExactly(scaled(0.75 * 0.625 * 0.5));
    assertThat(three.finalStep()).isEqualTo(0.25);
    TrainingResult one = GradientDescent.run(new Bowl(2), X0,
        new TrainingSettings(schedule, Double.MIN_VALUE, 1));
    assertThat(one.theta()).containsExactly(scaled(0.75));
    assertThat(one.finalStep()).isEqualTo(0.125);
    TrainingResult none = GradientDescent.run(new Bowl(2), X0,
        new TrainingSettings(schedule, Double.MIN_VALUE, 0));
    assertThat(none.steps()).isZero();
    assertThat(none.reason()).isEqualTo(TrainingResult.BUDGET);
    assertThat(none.theta()).containsExactly(X0);
    assertThat(none.finalStep()).isEqualTo(0.125);
  }

  /**
   * {@code eta a > 2}: the loss grows by {@code (1 - eta a)^2} per step and the run stops at the
   * first t with {@code (1 - eta a)^{2t} > 1e8}. eta = 2: factor -3, {@code 9^8 = 4.3e7 <= 1e8 <
   * 9^9 = 3.9e8}, so t = 9. eta = 3/2: factor -2, {@code 4^13 = 6.7e7 <= 1e8 < 4^14 = 2.7e8}, so
   * t = 14.
   */
  @Test
  void detectsDivergenceAtThePredictedStep() {
    double[][] cases = {{2, -3, 9}, {1.5, -2, 14}};
    for (double[] c : cases) {
      double eta = c[0];
      double growth = Math.pow(c[1], c[2]);
      TrainingResult result = GradientDescent.run(new Bowl(2), X0, settings(eta, 1e-12, 1000));
      assertThat(result.converged()).isFalse();
      assertThat(result.reason()).startsWith("diverged: loss ").contains("x initial loss");
      assertThat(result.steps()).as("eta = %s", eta).isEqualTo((long) c[2]);
      assertThat(result.theta()).containsExactly(scaled(growth));
      assertThat(result.finalLoss()).isEqualTo(LOSS0 * growth * growth);
      assertThat(result.finalStep()).isEqualTo(eta);
    }
  }

  /** The divergence test is strict: a loss of exactly 1e8 times the initial one continues. */
  @Test
  void divergenceFactorIsAStrictBound() {
    double factor = TrainingTolerances.DIVERGENCE_FACTOR;
    assertThat(factor).isEqualTo(1e8);
    TrainingResult result = GradientDescent.run(
        new Scripted(1, factor, Math.nextUp(factor), 1), new double[] {0},
        settings(0.5, 1e-12, 10));
    assertThat(result.reason()).startsWith("diverged: loss");
    assertThat(result.steps()).isEqualTo(2);
    assertThat(result.finalLoss()).isEqualTo(Math.nextUp(factor));
  }

  /**
   * eta = 2^1000: {@code x_1 = (1 - 2^1001) x_0} is finite but {@code ||x_1||^2} overflows, so the
   * loss at step 1 is infinite and the run returns {@code x_0} with its loss.
   */
  @Test
  void nonFiniteLossReturnsTheLastFiniteIterate() {
    double eta = Math.scalb(1.0, 1000);
    TrainingResult overflow = GradientDescent.run(new Bowl(2), X0,
        settings(eta, 1e-12, 10).withCheckpoints(0, 1));
    assertThat(overflow.converged()).isFalse();
    assertThat(overflow.reason()).isEqualTo("diverged: loss not finite at step 1");
    assertThat(overflow.steps()).isEqualTo(1);
    assertThat(overflow.theta()).containsExactly(X0);
    assertThat(overflow.finalLoss()).isEqualTo(LOSS0);
    assertThat(overflow.finalStep()).isEqualTo(eta);
    assertThat(overflow.checkpoints()).extracting(Checkpoint::step).containsExactly(0L);
    // scripted NaN at step 3; the gradient is 1, so theta_t = 10 - t/2 and theta_2 = 9 comes back
    TrainingResult nan = GradientDescent.run(new Scripted(4, 3, 2, Double.NaN),
        new double[] {10}, settings(0.5, 1e-12, 10));
    assertThat(nan.reason()).isEqualTo("diverged: loss not finite at step 3");
    assertThat(nan.theta()).containsExactly(9.0);
    assertThat(nan.finalLoss()).isEqualTo(2.0);
    TrainingResult atStart = GradientDescent.run(new Scripted(Double.NaN), new double[] {10},
        settings(0.5, 1e-12, 10));
    assertThat(atStart.reason()).isEqualTo("diverged: loss not finite at step 0");
    assertThat(atStart.steps()).isZero();
    assertThat(atStart.theta()).containsExactly(10.0);
  }

  /** Tolerance 1, losses 5, .5, .5, 5, .5, .5, .5, .5: a loss above resets the count. */
  @Test
  void earlyStoppingNeedsConsecutiveIteratesBelowTheTolerance() {
    double[] losses = {5, 0.5, 0.5, 5, 0.5, 0.5, 0.5, 0.5};
    long[][] expected = {{0, 1}, {1, 2}, {2, 6}, {3, 7}};
    for (long[] e : expected) {
      TrainingResult result = GradientDescent.run(new Scripted(losses), new double[] {0},
          new TrainingSettings(WarmupSchedule.constant(0.5), 1, 100, e[0]));
      assertThat(result.converged()).isTrue();
      assertThat(result.steps()).as("confirmation %d", e[0]).isEqualTo(e[1]);
    }
  }

  /** Checkpoints at 0, 3, 7, 10 hold {@code x_0 / 2^t} and {@code 10.25 / 4^t}; 50 is not reached. */
  @Test
  void checkpointsAreTheExactIteratesAtTheRequestedSteps() {
    TrainingResult result = GradientDescent.run(new Bowl(2), X0,
        settings(0.25, Double.MIN_VALUE, 10).withCheckpoints(0, 3, 7, 10, 50));
    assertThat(result.checkpoints()).extracting(Checkpoint::step).containsExactly(0L, 3L, 7L, 10L);
    for (Checkpoint checkpoint : result.checkpoints()) {
      int t = (int) checkpoint.step();
      assertThat(checkpoint.theta()).as("t = %d", t).containsExactly(scaled(Math.scalb(1.0, -t)));
      assertThat(checkpoint.loss()).isEqualTo(LOSS0 * Math.scalb(1.0, -2 * t));
    }
    assertThat(result.checkpoints().get(3).theta()).isNotSameAs(result.theta());
  }

  /** A listener due every 4 steps (and never by time) hears steps 4 and 8 of a 10-step run. */
  @Test
  void progressIsReportedAtTheStepInterval() {
    List<double[]> reports = new ArrayList<>();
    ProgressListener listener = new ProgressListener() {
      @Override
      public void report(long step, double loss) {
        reports.add(new double[] {step, loss});
      }

      @Override
      public long intervalSteps() {
        return 4;
      }

      @Override
      public long intervalNanos() {
        return Long.MAX_VALUE;
      }
    };
    TrainingResult result = GradientDescent.run(new Bowl(2), X0,
        settings(0.25, Double.MIN_VALUE, 10), listener);
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0)).containsExactly(4, LOSS0 * Math.scalb(1.0, -8));
    assertThat(reports.get(1)).containsExactly(8, LOSS0 * Math.scalb(1.0, -16));
    assertThat(result.theta()).containsExactly(scaled(Math.scalb(1.0, -10)));
  }

  /** Same objective, start and settings: the same result bit for bit, the start untouched. */
  @Test
  void runsAreDeterministic() {
    double[] initial = {0.3, -1.7, 2.2, 0.01};
    TrainingSettings settings = new TrainingSettings(WarmupSchedule.linear(0.05, 7), 1e-9, 500, 2)
        .withCheckpoints(1, 17, 200);
    TrainingResult a = GradientDescent.run(new Wavy(), initial, settings);
    TrainingResult b = GradientDescent.run(new Wavy(), initial, settings);
    assertThat(a.steps()).isEqualTo(b.steps()).isPositive();
    assertThat(a.reason()).isEqualTo(b.reason());
    assertThat(Double.doubleToRawLongBits(a.finalLoss()))
        .isEqualTo(Double.doubleToRawLongBits(b.finalLoss()));
    assertThat(a.theta()).containsExactly(b.theta());
    assertThat(a.checkpoints()).hasSameSizeAs(b.checkpoints()).isNotEmpty();
    for (int i = 0; i < a.checkpoints().size(); i++) {
      assertThat(a.checkpoints().get(i).theta()).containsExactly(b.checkpoints().get(i).theta());
    }
    assertThat(initial).containsExactly(0.3, -1.7, 2.2, 0.01);
  }

  @Test
  void rejectsAStartOfTheWrongLength() {
    assertThatThrownBy(() -> GradientDescent.run(new Bowl(2), new double[2],
        settings(0.25, 1, 1))).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * {@code f(x) = (a/2) ||x||^2} in R^3, gradient {@code a x}, the default descend; asserts the
   * call protocol (gradient and descend right after a loss at the same theta).
   */
  private static final class Bowl implements Objective {
    private final double a;
    private double[] lossAt = new double[0];
    private boolean fresh;
    int losses;
    int descents;

    Bowl(double a) {
      this.a = a;
    }

    @Override
    public int dimension() {
      return 3;
    }

    @Override
    public double loss(double[] theta) {
      lossAt = theta.clone();
      fresh = true;
      losses++;
      double sum = 0;
      for (double v : theta) {
        sum += v * v;
      }
      return a / 2 * sum;
    }

    @Override
    public void gradient(double[] theta, double[] out) {
      assertThat(fresh).as("gradient right after loss").isTrue();
      assertThat(theta).containsExactly(lossAt);
      for (int k = 0; k < theta.length; k++) {
        out[k] = a * theta[k];
      }
    }

    @Override
    public void descend(double[] theta, double step) {
      descents++;
      Objective.super.descend(theta, step);
      fresh = false;
    }
  }

  /** Returns the given losses at steps 0, 1, ... (then the last one); gradient 1. */
  private static final class Scripted implements Objective {
    private final double[] losses;
    private int calls;

    Scripted(double... losses) {
      this.losses = losses;
    }

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public double loss(double[] theta) {
      return losses[Math.min(calls++, losses.length - 1)];
    }

    @Override
    public void gradient(double[] theta, double[] out) {
      out[0] = 1;
    }
  }

  /**
   * {@code 1 + sum_k (x_k^4 / 4 + sin(x_k) / 2 + x_k^2 / 2)}: non-dyadic arithmetic, minimum above
   * 0.5 (each term is above -0.11), so a run uses its whole budget.
   */
  private static final class Wavy implements Objective {
    @Override
    public int dimension() {
      return 4;
    }

    @Override
    public double loss(double[] theta) {
      double sum = 0;
      for (double x : theta) {
        sum += x * x * x * x / 4 + Math.sin(x) / 2 + x * x / 2;
      }
      return sum + 1;
    }

    @Override
    public void gradient(double[] theta, double[] out) {
      for (int k = 0; k < theta.length; k++) {
        double x = theta[k];
        out[k] = x * x * x + Math.cos(x) / 2 + x;
      }
    }
  }
}
