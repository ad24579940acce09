package org.tacit.bregman;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;

/**
 * {@link DoubleDoubleSplit#lowPart} is bit-identical to the exact subtraction it replaces, on
 * seeded rationals with numerators and denominators from 1 to 1000 bits (both signs, integers,
 * dyadic values whose low part is exactly 0, values near the subnormal range), and the pair
 * (hi, low) represents q to double-double accuracy.
 */
class DoubleDoubleSplitTest {

  @Test
  void bitIdenticalToTheExactSubtraction() {
    SplittableRandom random = new SplittableRandom(20261208L);
    int nonzeroLow = 0;
    for (int trial = 0; trial < 3000; trial++) {
      BigRational q = draw(random, trial);
      double hi = q.doubleValue();
      double expected = q.subtract(BigRational.valueOf(hi)).doubleValue();
      double low = DoubleDoubleSplit.lowPart(q, hi);
      assertThat(Double.doubleToRawLongBits(low)).as("q = %s", q)
          .isEqualTo(Double.doubleToRawLongBits(expected));
      if (low != 0) {
        nonzeroLow++;
        assertThat(Math.abs(low)).isLessThanOrEqualTo(Math.ulp(hi));
      }
    }
    assertThat(nonzeroLow).isGreaterThan(1000);
  }

  private static BigRational draw(SplittableRandom random, int trial) {
    int kind = trial % 6;
    BigInteger n = new BigInteger(random.nextInt(1, 1000), new Random(random.nextLong()))
        .add(BigInteger.ONE);
    BigInteger d = new BigInteger(random.nextInt(1, 1000), new Random(random.nextLong()))
        .add(BigInteger.ONE);
    if (random.nextBoolean()) {
      n = n.negate();
    }
    return switch (kind) {
      case 0 -> BigRational.of(n);
      case 1 -> BigRational.of(n, BigInteger.ONE.shiftLeft(random.nextInt(0, 200)));
      case 2 -> BigRational.of(BigInteger.valueOf(random.nextLong(1, 1000)),
          BigInteger.ONE.shiftLeft(1000).add(BigInteger.valueOf(random.nextLong(1, 1000))));
      default -> BigRational.of(n, d);
    };
  }
}
