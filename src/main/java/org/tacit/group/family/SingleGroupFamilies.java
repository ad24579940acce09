package org.tacit.group.family;

import org.tacit.exact.BigRational;
import org.tacit.group.model.ConstantStepInstance;
import org.tacit.group.model.DirectionBoundInstance;
import org.tacit.group.model.LargeStepInstance;
import org.tacit.group.model.PerturbedStepInstance;
import org.tacit.group.model.RationalUnitVectors;
import org.tacit.group.model.SingleGroupUpdate;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in exact instances of the single-group updates of LNHW Appendix C.2 and the lemmas on
 * them, constructed inside the hypotheses: rational unit vectors come from the inverse
 * stereographic projection, rational orthonormal frames from a Householder reflection carrying
 * {@code e_1} to {@code v*} ({@link RationalUnitVectors}).
 *
 * <p>Spec: {@code LNHW:eq-4}, {@code LNHW:eq-5}, {@code LNHW:eq-6}, {@code LNHW:lem-8},
 * {@code LNHW:lem-16}.
 */
public final class SingleGroupFamilies {

  private SingleGroupFamilies() {}

  /**
   * Eqs. (4)-(5): dimension 2-5, random rational unit {@code v*}, {@code v(t)} and {@code v(t+1)},
   * {@code u in [1/8, 3]}, {@code (u*)^2 in [1/8, 4]}, {@code eta} random in {@code (0, 2]} or
   * {@code 1/u^4}, {@code gamma in (0, 1/40]}, {@code e in [-1/2, 1/2]}, a length
   * {@code s in (0, 4]}; the perturbation {@code b_t} is then solved from (4) so that
   * {@code z(t+1) = s v(t+1)} (a rational normalisation by construction).
   */
  public static InstanceFamily<PerturbedStepInstance> perturbedStep() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "d in [2,5], rational unit v*, v(t), v(t+1); b_t solved so z(t+1) = s v(t+1)";
      }

      @Override
      public PerturbedStepInstance draw(Draws draws) {
        int d = draws.intBetween(2, 5);
        BigRational[] vStar = unitVector(draws, d);
        BigRational[] v = unitVector(draws, d);
        BigRational[] next = unitVector(draws, d);
        BigRational u = BigRational.of(draws.between(1, 24), 8);
        BigRational uSquared = u.pow(2);
        BigRational uStarSquared = BigRational.of(draws.between(1, 32), 8);
        BigRational eta = draws.coin() ? uSquared.pow(2).reciprocal()
            : BigRational.of(draws.between(1, 16), 8);
        BigRational gamma = BigRational.of(1, draws.between(40, 400));
        BigRational e = BigRational.of(draws.between(-8, 8), 16);
        BigRational s = BigRational.of(draws.between(1, 32), 8);
        BigRational[] withoutB = SingleGroupUpdate.direction(v, uSquared, uStarSquared, vStar,
            eta, RationalUnitVectors.scale(BigRational.ZERO, v));
        BigRational[] b = RationalUnitVectors.scale(eta.multiply(uSquared).reciprocal(),
            RationalUnitVectors.subtract(RationalUnitVectors.scale(s, next), withoutB));
        return new PerturbedStepInstance(u, uStarSquared, vStar, v, eta, gamma, b, e, next);
      }
    };
  }

  /** Eq. (6): the steps of {@link #directionBound()} (any {@code b_t}, any {@code v(t)}). */
  public static InstanceFamily<LargeStepInstance> largeStep() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "large steps eta = 1/u^4 of the Lemma 8 family";
      }

      @Override
      public LargeStepInstance draw(Draws draws) {
        return directionBound().draw(draws).step();
      }
    };
  }

  /**
   * Lemma 8: dimension 2-5, random rational unit {@code v*} and {@code v(t)},
   * {@code u^2 in [1/16, 4]}, {@code (u*)^2 in [1/8, 4]}, and {@code b_t = (u*)^2 H beta} for the
   * Householder frame {@code H} of {@code v*} with, in equal shares: the tangent point
   * {@code beta = -B^2 e_1 + B sqrt(1 - B^2) e_2} with a Pythagorean
   * {@code B = 2mn/(m^2 + n^2)}, {@code 1 <= m < n <= 12} (the equality case of the proof's bound);
   * the anti-parallel {@code beta = -B e_1}; and a random direction of length {@code rho B},
   * {@code rho in [0, 1]}, with {@code B = k/40 in (0, 1)}.
   */
  public static InstanceFamily<DirectionBoundInstance> directionBound() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "d in [2,5], b_t at the tangent point / anti-parallel / random inside the ball of"
            + " radius B (u*)^2";
      }

      @Override
      public DirectionBoundInstance draw(Draws draws) {
        int d = draws.intBetween(2, 5);
        BigRational[] vStar = unitVector(draws, d);
        BigRational[] v = unitVector(draws, d);
        BigRational uSquared = BigRational.of(draws.between(1, 64), 16);
        BigRational uStarSquared = BigRational.of(draws.between(1, 32), 8);
        long shape = draws.between(0, 2);
        BigRational bound;
        BigRational[] beta;
        if (shape == 0) {
          int n = draws.intBetween(2, 12);
          long m = draws.between(1, n - 1);
          BigRational denominator = BigRational.of(m * m + (long) n * n);
          bound = BigRational.of(2 * m * n).divide(denominator);
          BigRational root = BigRational.of((long) n * n - m * m).divide(denominator);
          beta = RationalUnitVectors.add(
              RationalUnitVectors.scale(bound.pow(2).negate(), RationalUnitVectors.basis(d, 0)),
              RationalUnitVectors.scale(bound.multiply(root), RationalUnitVectors.basis(d, 1)));
        } else if (shape == 1) {
          bound = BigRational.of(draws.between(1, 39), 40);
          beta = RationalUnitVectors.scale(bound.negate(), RationalUnitVectors.basis(d, 0));
        } else {
          bound = BigRational.of(draws.between(1, 39), 40);
          BigRational rho = BigRational.of(draws.between(0, 10), 10);
          beta = RationalUnitVectors.scale(bound.multiply(rho), unitVector(draws, d));
        }
        BigRational[] b = RationalUnitVectors.scale(uStarSquared,
            RationalUnitVectors.reflectFirstAxisTo(vStar, beta));
        return new DirectionBoundInstance(new LargeStepInstance(uSquared, uStarSquared, vStar, v,
            b), bound);
      }
    };
  }

  /**
   * Lemma 16, built in the Householder frame of a random rational unit {@code v*} (first axis =
   * {@code v*}): {@code v(t) = c e_1 + s w} with {@code w} a random unit vector orthogonal to
   * {@code e_1} and the Pythagorean pair {@code c = (1 - m^2)/(1 + m^2)}, {@code s = 2m/(1 + m^2)},
   * {@code m = 0} or {@code 1/k}, {@code k in [5, 40]}; {@code tau = 5(1 - c)} (v on the cap
   * boundary) half of the time when positive, otherwise uniform in {@code [5(1 - c), 1/2)};
   * {@code u^2 = (u*)^2 (1 + sigma tau)} with {@code sigma = -1, 1} or in {@code [-1, 1]};
   * {@code eta = rho 4/(9 (u*)^4)}, {@code rho = 1} one time in three, else in {@code (0, 1]};
   * {@code b_t} of length {@code r tau (u*)^2/10} ({@code r = 1} half of the time) along
   * {@code -v*}, {@code -v(t)}, or a random direction.
   */
  public static InstanceFamily<ConstantStepInstance> constantStep() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "d in [2,5], v(t) on or inside the cap <v, v*> >= 1 - tau/5, |u^2 - (u*)^2| <="
            + " tau (u*)^2, eta <= 4/(9 (u*)^4), ||b|| <= tau (u*)^2/10 (adversarial directions)";
      }

      @Override
      public ConstantStepInstance draw(Draws draws) {
        int d = draws.intBetween(2, 5);
        BigRational[] vStar = unitVector(draws, d);
        BigRational m = draws.between(0, 5) == 0 ? BigRational.ZERO
            : BigRational.of(1, draws.between(5, 40));
        BigRational denominator = BigRational.ONE.add(m.pow(2));
        BigRational c = BigRational.ONE.subtract(m.pow(2)).divide(denominator);
        BigRational s = BigRational.TWO.multiply(m).divide(denominator);
        BigRational[] w = new BigRational[d];
        w[0] = BigRational.ZERO;
        System.arraycopy(unitVector(draws, d - 1), 0, w, 1, d - 1);
        BigRational[] frameV = RationalUnitVectors.add(
            RationalUnitVectors.scale(c, RationalUnitVectors.basis(d, 0)),
            RationalUnitVectors.scale(s, w));
        BigRational boundary = BigRational.of(5).multiply(BigRational.ONE.subtract(c));
        BigRational half = BigRational.of(1, 2);
        BigRational tau = boundary.signum() > 0 && draws.coin() ? boundary
            : boundary.add(half.subtract(boundary).multiply(BigRational.of(draws.between(1, 99),
                100)));
        BigRational uStarSquared = BigRational.of(draws.between(1, 32), 8);
        long shape = draws.between(0, 2);
        BigRational sigma = shape == 0 ? BigRational.MINUS_ONE : shape == 1 ? BigRational.ONE
            : BigRational.of(draws.between(-10, 10), 10);
        BigRational uSquared = uStarSquared.multiply(BigRational.ONE.add(sigma.multiply(tau)));
        BigRational rho = draws.between(0, 2) == 0 ? BigRational.ONE
            : BigRational.of(draws.between(1, 20), 20);
        BigRational eta = rho.multiply(BigRational.of(4, 9)).divide(uStarSquared.pow(2));
        BigRational r = draws.coin() ? BigRational.ONE : BigRational.of(draws.between(0, 10), 10);
        BigRational length = r.multiply(tau).multiply(uStarSquared).divide(BigRational.of(10));
        long direction = draws.between(0, 2);
        BigRational[] frameDirection = direction == 0
            ? RationalUnitVectors.scale(BigRational.MINUS_ONE, RationalUnitVectors.basis(d, 0))
            : direction == 1 ? RationalUnitVectors.scale(BigRational.MINUS_ONE, frameV)
            : unitVector(draws, d);
        BigRational[] frameB = RationalUnitVectors.scale(length, frameDirection);
        return new ConstantStepInstance(uSquared, uStarSquared, vStar,
            RationalUnitVectors.reflectFirstAxisTo(vStar, frameV), eta, tau,
            RationalUnitVectors.reflectFirstAxisTo(vStar, frameB));
      }
    };
  }

  /**
   * A random rational unit vector of {@code Q^d}: the inverse stereographic projection of
   * {@code t} with entries {@code i/j}, {@code |i| <= 6}, {@code 1 <= j <= 6}.
   */
  public static BigRational[] unitVector(Draws draws, int d) {
    BigRational[] t = new BigRational[d - 1];
    for (int i = 0; i < t.length; i++) {
      t[i] = BigRational.of(draws.between(-6, 6), draws.between(1, 6));
    }
    return RationalUnitVectors.fromStereographic(t);
  }
}
