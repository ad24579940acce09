package org.tacit.group.family;

import org.tacit.group.check.PhaseOneGrowthLemmaChecker;
import org.tacit.group.model.Adversary;
import org.tacit.group.model.BoundsRunInstance;
import org.tacit.group.model.HalvingRunInstance;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in worst-case runs of the perturbed single-group updates for LNHW Lemmas 9-11, inside the
 * corrected hypotheses (step size {@code gamma (u*)^2 <= 1/20}, perturbations at their full
 * radii).
 *
 * <p>Spec: {@code LNHW:lem-9}, {@code LNHW:lem-10}, {@code LNHW:lem-11}.
 */
public final class PerturbedRunFamilies {

  /** The edge of {@code |u^2(0) - (u*)^2| <= tau (u*)^2}, a rounding's width inside. */
  private static final double EDGE = 1 - 0x1.0p-30;

  private PerturbedRunFamilies() {}

  /**
   * Lemma 10: {@code (u*)^2 = 10^x}, {@code x in [-1, 1]}; {@code alpha = f u*},
   * {@code f = 10^y in [1e-3, 1/5]}; one time in eight the edge {@code alpha = u* / 5}, built as
   * {@code (u*)^2 = 25 alpha^2} so that it meets the hypothesis in double; {@code gamma (u*)^2 = c/20},
   * {@code c in [1/10, 1]} (1 one time in four); radii {@code (u*)^2/20} (full) three times in four;
   * adversary {@code SHRINK} half of the time, else {@code GROW}, {@code AGAINST}, {@code RANDOM};
   * {@code ceil(T_0) + 300} steps.
   */
  public static InstanceFamily<PerturbedRunInstance> phaseOne() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "(u*)^2 in [0.1, 10], alpha/u* in [1e-3, 1/5], gamma (u*)^2 in [1/200, 1/20],"
            + " perturbations at radius (u*)^2/20, worst-case adversaries, T_0 + 300 steps";
      }

      @Override
      public PerturbedRunInstance draw(Draws draws) {
        double drawn = Math.pow(10, draws.uniform(-1, 1));
        boolean edge = draws.between(0, 7) == 0;
        double alpha = edge ? Math.sqrt(drawn) / 5
            : Math.pow(10, draws.uniform(-3, Math.log10(0.2))) * Math.sqrt(drawn);
        double uStarSquared = edge ? 25 * alpha * alpha : drawn;
        double c = draws.between(0, 3) == 0 ? 1 : draws.uniform(0.1, 1);
        double gamma = c / (20 * uStarSquared);
        double share = draws.between(0, 3) == 0 ? draws.uniform(0, 1) : 1;
        PerturbedRunInstance partial = new PerturbedRunInstance(uStarSquared, alpha, gamma,
            share / 20, share * uStarSquared / 20, adversary(draws), draws.between(0, 1L << 40),
            0);
        int steps = (int) Math.ceil(PhaseOneGrowthLemmaChecker.growthTime(partial)) + 300;
        return new PerturbedRunInstance(uStarSquared, alpha, gamma, share / 20,
            share * uStarSquared / 20, partial.adversary(), partial.seed(), steps);
      }
    };
  }

  /**
   * Lemma 11: {@code (u*)^2 = 10^x}, {@code x in [-1, 1]}; {@code tau in [1/100, 1/2]} (1/2 one
   * time in four); {@code u^2(0) = (u*)^2 (1 + sigma tau)} with {@code sigma = -s, +s} or uniform
   * in {@code [-s, s]}, {@code s = 1 - 2^-30} (the edge, kept inside so that rounding
   * {@code sqrt} does not cross it); {@code gamma (u*)^2 = c/20}, {@code c in [1/10, 1]}; radii
   * {@code tau (u*)^2/10}; adversary {@code AGAINST} half of the time, else {@code SHRINK},
   * {@code GROW}, {@code RANDOM}; {@code ceil(5/(2 gamma (u*)^2)) + 200} steps.
   */
  public static InstanceFamily<HalvingRunInstance> phaseTwo() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "(u*)^2 in [0.1, 10], tau in [0.01, 0.5], u^2(0) within tau (u*)^2, gamma (u*)^2 in"
            + " [1/200, 1/20], perturbations at radius tau (u*)^2/10, worst-case adversaries";
      }

      @Override
      public HalvingRunInstance draw(Draws draws) {
        double uStarSquared = Math.pow(10, draws.uniform(-1, 1));
        double tau = draws.between(0, 3) == 0 ? 0.5 : draws.uniform(0.01, 0.5);
        long shape = draws.between(0, 2);
        double sigma = shape == 0 ? -EDGE : shape == 1 ? EDGE : draws.uniform(-EDGE, EDGE);
        double initial = Math.sqrt(uStarSquared * (1 + sigma * tau));
        double c = draws.between(0, 3) == 0 ? 1 : draws.uniform(0.1, 1);
        double gamma = c / (20 * uStarSquared);
        Adversary adversary = draws.coin() ? Adversary.AGAINST : adversary(draws);
        int steps = (int) Math.ceil(5 / (2 * gamma * uStarSquared)) + 200;
        return new HalvingRunInstance(new PerturbedRunInstance(uStarSquared, initial, gamma,
            tau / 10, tau * uStarSquared / 10, adversary, draws.between(0, 1L << 40), steps),
            tau);
      }
    };
  }

  /**
   * Lemma 9: {@code (u*)^2 = 10^x}, {@code x in [-1, 1]}; {@code rho in [0, 1/2]} and
   * {@code B_2 = rho^2} (Lemma 8's {@code 1 - B^2}); 1000 steps; {@code f in [1/100, 99/100]} (a
   * margin that keeps double rounding of {@code sqrt} on the intended side of {@code (u*)^2} and
   * {@code 3 (u*)^2}); {@code c in [1/20, 1]} (1 one time in four). Half of the draws test part 1:
   * {@code u^2(0) = (1 - f)(u*)^2}, {@code B = b (u*)^2}, {@code b in [0, 1/2]},
   * {@code gamma = c/(4 ((u*)^2 + B))}, adversary {@code GROW} (the worst) half of the time; the
   * other half part 2: {@code u^2(0) = (1 + 2f)(u*)^2}, {@code b in [0, 1/10]},
   * {@code gamma = c/(20 (u*)^2)}, adversary {@code SHRINK} (the worst) half of the time.
   */
  public static InstanceFamily<BoundsRunInstance> bounds() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "(u*)^2 in [0.1, 10]; part 1 from below with gamma <= 1/(4((u*)^2 + B)), or part 2"
            + " from above with gamma <= 1/(20 (u*)^2); ||b|| <= rho (u*)^2, B_2 = rho^2";
      }

      @Override
      public BoundsRunInstance draw(Draws draws) {
        double uStarSquared = Math.pow(10, draws.uniform(-1, 1));
        double rho = draws.uniform(0, 0.5);
        boolean partOne = draws.coin();
        double f = draws.uniform(0.01, 0.99);
        double initial = Math.sqrt(partOne ? (1 - f) * uStarSquared : (1 + 2 * f) * uStarSquared);
        double b = (partOne ? draws.uniform(0, 0.5) : draws.uniform(0, 0.1)) * uStarSquared;
        double c = draws.between(0, 3) == 0 ? 1 : draws.uniform(0.05, 1);
        double gamma = partOne ? c / (4 * (uStarSquared + b)) : c / (20 * uStarSquared);
        Adversary adversary = draws.coin() ? (partOne ? Adversary.GROW : Adversary.SHRINK)
            : adversary(draws);
        return new BoundsRunInstance(new PerturbedRunInstance(uStarSquared,
            initial, gamma, rho, b, adversary,
            draws.between(0, 1L << 40), 1000), rho * rho);
      }
    };
  }

  private static Adversary adversary(Draws draws) {
    long pick = draws.between(0, 5);
    return pick < 3 ? Adversary.SHRINK : pick == 3 ? Adversary.GROW
        : pick == 4 ? Adversary.AGAINST : Adversary.RANDOM;
  }
}
