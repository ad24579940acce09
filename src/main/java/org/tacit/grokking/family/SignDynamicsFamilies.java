package org.tacit.grokking.family;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.ScalarPair;
import org.tacit.grokking.model.SignDynamicsInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the sign dynamics of Lemmas C.30 and C.31: {@code alpha = p/q},
 * {@code p in [1, 5]}, {@code q in [1, 10]}; each coordinate {@code a_i^(1) = +-alpha (k + f)} with
 * {@code k in [0, 12]} and {@code f = 0} one time in three (an integer ratio, the case of errata
 * E1, E2) or else a rational in {@code (0, 1)} with denominator in {@code [2, 12]}; the subgradient
 * at zero {@code H(0) = 0} (i.e. {@code H = sign}) half of the time, else a rational in
 * {@code [-1, 1]} (the endpoints {@code +-1} one time in four). All hypotheses hold by
 * construction.
 *
 * <p>Spec: {@code TDR:lem-C.30}, {@code TDR:lem-C.31}, {@code TDR:lem-C.32}.
 */
public final class SignDynamicsFamilies {

  private SignDynamicsFamilies() {}

  /** One coordinate. */
  public static InstanceFamily<SignDynamicsInstance> scalar() {
    return family(1, 1, "a^(1) = +-alpha (k + f), k in [0,12], f = 0 or rational; alpha = p/q");
  }

  /** {@code n in [1, 8]} coordinates. */
  public static InstanceFamily<SignDynamicsInstance> vector() {
    return family(1, 8,
        "n in [1,8], a_i^(1) = +-alpha (k + f), k in [0,12], f = 0 or rational; alpha = p/q");
  }

  private static InstanceFamily<SignDynamicsInstance> family(int minDimension, int maxDimension,
      String name) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public SignDynamicsInstance draw(Draws draws) {
        BigRational alpha = BigRational.of(draws.between(1, 5), draws.between(1, 10));
        int n = draws.intBetween(minDimension, maxDimension);
        boolean sign = draws.coin();
        List<BigRational> initial = new ArrayList<>();
        List<BigRational> selection = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          initial.add(coordinate(draws, alpha, 12));
          selection.add(sign ? BigRational.ZERO : selection(draws));
        }
        return new SignDynamicsInstance(initial, alpha, selection);
      }
    };
  }

  /**
   * Lemma C.32: {@code a = +-p/q} ({@code p in [1, 40]}, {@code q in [1, 12]}) and
   * {@code a* = f a} with {@code f = i/20}, {@code i in [-19, 19]} (so {@code |a*| < |a|}, and
   * {@code a* = 0} occurs).
   */
  public static InstanceFamily<ScalarPair> dominatedTarget() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "a = +-p/q != 0, a* = (i/20) a with |i| <= 19";
      }

      @Override
      public ScalarPair draw(Draws draws) {
        BigRational a = BigRational.of(draws.between(1, 40), draws.between(1, 12));
        a = draws.coin() ? a : a.negate();
        return new ScalarPair(a, a.multiply(BigRational.of(draws.between(-19, 19), 20)));
      }
    };
  }

  /** {@code +-alpha (k + f)} with {@code k in [0, maxRatio]}. */
  static BigRational coordinate(Draws draws, BigRational alpha, int maxRatio) {
    BigRational ratio = BigRational.of(draws.between(0, maxRatio));
    if (draws.between(0, 2) > 0) {
      long denominator = draws.between(2, 12);
      ratio = ratio.add(BigRational.of(draws.between(1, denominator - 1), denominator));
    }
    BigRational value = alpha.multiply(ratio);
    return draws.coin() ? value : value.negate();
  }

  /** A subgradient value at zero in {@code [-1, 1]}. */
  static BigRational selection(Draws draws) {
    if (draws.between(0, 3) == 0) {
      return draws.coin() ? BigRational.ONE : BigRational.MINUS_ONE;
    }
    return BigRational.of(draws.between(-9, 9), 10);
  }
}
