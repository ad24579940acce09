package org.tacit.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.tacit.testing.PropertyHarness;

/** BigRational: field identities, exact parsing, and correctly rounded conversion to double. */
class BigRationalTest {

  private static final int TRIES = PropertyHarness.tries();

  @Test
  void normalizesToLowestTermsWithPositiveDenominator() {
    BigRational r = BigRational.of(6, -4);
    assertThat(r.numerator()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(r.denominator()).isEqualTo(BigInteger.TWO);
    assertThat(r).isEqualTo(BigRational.of(-3, 2)).hasSameHashCodeAs(BigRational.of(-3, 2));
    assertThat(BigRational.of(0, -5)).isSameAs(BigRational.ZERO);
    assertThat(r.toString()).isEqualTo("-3/2");
    assertThat(BigRational.of(4, 2).toString()).isEqualTo("2");
  }

  @Test
  void parsesIntegersFractionsAndDecimalsExactly() {
    assertThat(BigRational.parse("0.1")).isEqualTo(BigRational.of(1, 10));
    assertThat(BigRational.parse(" -1.25e-3 ")).isEqualTo(BigRational.of(-1, 800));
    assertThat(BigRational.parse("3/-6")).isEqualTo(BigRational.of(-1, 2));
    assertThat(BigRational.parse("12E2")).isEqualTo(BigRational.of(1200));
    assertThat(BigRational.parse("7")).isEqualTo(BigRational.of(7));
    assertThatThrownBy(() -> BigRational.parse("1/0")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("zero denominator");
    assertThatThrownBy(() -> BigRational.parse("abc")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("\"abc\"");
    assertThatThrownBy(() -> BigRational.parse("1/x")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void rejectsDivisionByZeroAndNonFiniteDoubles() {
    assertThatThrownBy(() -> BigRational.ONE.divide(BigRational.ZERO))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> BigRational.of(1, 0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> BigRational.valueOf(Double.NaN)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> BigRational.valueOf(Double.POSITIVE_INFINITY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> BigRational.ZERO.reciprocal()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void helpersBehave() {
    BigRational a = BigRational.of(-2, 3);
    assertThat(a.abs()).isEqualTo(BigRational.of(2, 3));
    assertThat(a.negate().negate()).isEqualTo(a);
    assertThat(BigRational.ZERO.negate()).isSameAs(BigRational.ZERO);
    assertThat(a.pow(3)).isEqualTo(BigRational.of(-8, 27));
    assertThat(a.pow(-2)).isEqualTo(BigRational.of(9, 4));
    assertThat(a.pow(0)).isEqualTo(BigRational.ONE);
    assertThat(a.min(BigRational.ZERO)).isEqualTo(a);
    assertThat(a.max(BigRational.ZERO)).isEqualTo(BigRational.ZERO);
    assertThat(a.signum()).isEqualTo(-1);
    assertThat(a.isInteger()).isFalse();
    assertThat(BigRational.TWO.isInteger()).isTrue();
    assertThat(BigRational.of(new BigDecimal("1.50"))).isEqualTo(BigRational.of(3, 2));
    assertThat(BigRational.of(new BigDecimal("1.5E+3"))).isEqualTo(BigRational.of(1500));
    assertThat(BigRational.of(1, 3).toBigDecimal(5)).isEqualTo(new BigDecimal("0.33333"));
    assertThat(a.equals("x")).isFalse();
    assertThat(BigRational.ONE.subtract(BigRational.ONE)).isEqualTo(BigRational.ZERO);
    assertThat(BigRational.ZERO.add(a)).isSameAs(a);
    assertThat(a.multiply(BigRational.ZERO)).isSameAs(BigRational.ZERO);
    assertThat(BigRational.of(3).multiply(BigRational.of(4))).isEqualTo(BigRational.of(12));
  }

  /** Field identities on random fractions: (a + b) - b = a, (a * b) / b = a, distributivity. */
  @Test
  void fieldIdentities() {
    qt().withExamples(TRIES).withFixedSeed(PropertyHarness.seedFor("BigRational field"))
        .forAll(fractions(), fractions(), fractions())
        .checkAssert((a, b, c) -> {
          assertThat(a.add(b).subtract(b)).isEqualTo(a);
          assertThat(a.add(b)).isEqualTo(b.add(a));
          assertThat(a.multiply(b.add(c))).isEqualTo(a.multiply(b).add(a.multiply(c)));
          if (!b.isZero()) {
            assertThat(a.multiply(b).divide(b)).isEqualTo(a);
          }
          assertThat(Integer.signum(a.compareTo(b)))
              .isEqualTo(a.subtract(b).signum());
          assertThat(BigRational.parse(a.toString())).isEqualTo(a);
        });
  }

  /** Every finite double converts exactly and back unchanged. */
  @Test
  void doubleRoundTripIsExact() {
    qt().withExamples(TRIES).withFixedSeed(PropertyHarness.seedFor("BigRational double"))
        .forAll(doubles().any())
        .assuming(Double::isFinite)
        .checkAssert(d -> assertThat(BigRational.valueOf(d).doubleValue()).isEqualTo(d));
    for (double d : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -0.0, 1e-310}) {
      assertThat(BigRational.valueOf(d).doubleValue()).isEqualTo(d == -0.0 ? 0.0 : d);
    }
  }

  /**
   * IEEE division of two integers below 2^53 is correctly rounded, so it is an independent
   * oracle for doubleValue() of p/q.
   */
  @Test
  void doubleValueIsCorrectlyRounded() {
    qt().withExamples(TRIES * 10).withFixedSeed(PropertyHarness.seedFor("BigRational rounding"))
        .forAll(longs().between(-(1L << 53), 1L << 53), longs().between(1, 1L << 53))
        .checkAssert((p, q) -> assertThat(BigRational.of(p, q).doubleValue())
            .isEqualTo((double) p / (double) q));
    assertThat(BigRational.of(1, 3).doubleValue()).isEqualTo(1.0 / 3.0);
    assertThat(BigRational.of(BigInteger.TEN.pow(400)).doubleValue()).isInfinite();
    assertThat(BigRational.of(BigInteger.ONE, BigInteger.TEN.pow(400)).doubleValue()).isZero();
    assertThat(BigRational.of(BigInteger.ONE, BigInteger.TWO.pow(1074)).doubleValue())
        .isEqualTo(Double.MIN_VALUE);
  }

  private static org.quicktheories.core.Gen<BigRational> fractions() {
    return integers().between(-1000, 1000).zip(integers().between(1, 60), BigRational::of);
  }
}
