package org.tacit.group.model;

import java.util.SplittableRandom;

/**
 * Runs a {@link PerturbedRunInstance} with the double simulator {@link SingleGroupSimulator} in
 * dimension 3, with {@code v* = (1, 2, 2)/3}, {@code e_perp = (2, 1, -2)/3} and
 * {@code v(0) = (0, 0, 1)} (irrelevant for the large step).
 *
 * <p>Contract: returns {@code u^2(t)} for {@code t = 0..steps} and {@code <v(t+1), v*>} for
 * {@code t = 0..steps-1}; deterministic given the instance (the {@link Adversary#RANDOM} choices
 * come from a {@link SplittableRandom} seeded with {@code seed}). Rounding: each step errs by at
 * most {@code gamma_16} relative in {@code u}, and the magnitude map does not amplify relative
 * errors while {@code 4 gamma u^2 <= 2 (1 + 2 gamma ((u*)^2 c - u^2 + e))}, which the lemmas'
 * step sizes ensure; see {@link LnhwTolerances#PERTURBED_RUN}. Cost: O(steps).
 *
 * <p>Spec: {@code LNHW:lem-9}, {@code LNHW:lem-10}, {@code LNHW:lem-11}.
 */
public final class PerturbedRun {

  private static final double[] TARGET = {1.0 / 3, 2.0 / 3, 2.0 / 3};

  private static final double[] ORTHOGONAL = {2.0 / 3, 1.0 / 3, -2.0 / 3};

  private final double[] uSquared;

  private final double[] alignment;

  private PerturbedRun(double[] uSquared, double[] alignment) {
    this.uSquared = uSquared;
    this.alignment = alignment;
  }

  /** Runs the instance. */
  public static PerturbedRun of(PerturbedRunInstance instance) {
    SplittableRandom random = new SplittableRandom(instance.seed());
    double uStarSquared = instance.uStarSquared();
    double rho = instance.directionRadius();
    double[] tangent = new double[3];
    for (int i = 0; i < 3; i++) {
      tangent[i] = uStarSquared * (-rho * rho * TARGET[i]
          + rho * Math.sqrt(1 - rho * rho) * ORTHOGONAL[i]);
    }
    double[] zero = new double[3];
    double[] v = {0, 0, 1};
    double u = instance.initial();
    double[] squares = new double[instance.steps() + 1];
    double[] aligned = new double[instance.steps()];
    squares[0] = u * u;
    for (int t = 0; t < instance.steps(); t++) {
      boolean shrink = switch (instance.adversary()) {
        case SHRINK -> true;
        case GROW -> false;
        case AGAINST -> u * u < uStarSquared;
        case RANDOM -> random.nextBoolean();
      };
      double[] b;
      double e;
      if (instance.adversary() == Adversary.RANDOM) {
        b = randomInBall(random, rho * uStarSquared);
        e = instance.magnitudeBound() * (2 * random.nextDouble() - 1);
      } else {
        b = shrink ? tangent : zero;
        e = shrink ? -instance.magnitudeBound() : instance.magnitudeBound();
      }
      double eta = 1 / (u * u * u * u);
      double[] next = SingleGroupSimulator.normalise(
          SingleGroupSimulator.direction(v, u, uStarSquared, TARGET, eta, b));
      aligned[t] = next[0] * TARGET[0] + next[1] * TARGET[1] + next[2] * TARGET[2];
      u = SingleGroupSimulator.magnitude(u, uStarSquared, TARGET, next, instance.gamma(), e);
      v = next;
      squares[t + 1] = u * u;
    }
    return new PerturbedRun(squares, aligned);
  }

  /** {@code u^2(t)}, {@code t = 0..steps} (a copy). */
  public double[] uSquared() {
    return uSquared.clone();
  }

  /** {@code <v(t+1), v*>}, {@code t = 0..steps-1} (a copy). */
  public double[] alignment() {
    return alignment.clone();
  }

  private static double[] randomInBall(SplittableRandom random, double radius) {
    double[] g = new double[3];
    double norm = 0;
    while (norm == 0) {
      norm = 0;
      for (int i = 0; i < 3; i++) {
        g[i] = random.nextDouble(-1, 1);
        norm += g[i] * g[i];
      }
      if (norm > 1) {
        norm = 0;
      }
    }
    double scale = radius * Math.cbrt(random.nextDouble()) / Math.sqrt(norm);
    for (int i = 0; i < 3; i++) {
      g[i] *= scale;
    }
    return g;
  }
}
