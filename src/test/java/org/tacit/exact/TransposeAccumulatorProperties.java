package org.tacit.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/**
 * {@link TransposeAccumulator} against the plain sum {@code sum_i m_ij y_i} computed term by term
 * with unreduced numerator/denominator pairs on {@link BigInteger} (an independent method, no
 * common denominator), on random matrices mixing integer and fractional entries; and
 * {@link TransposeAccumulator#compareToSum} against the sign of the difference. Also the fast
 * paths of {@link BigRational#add} and {@link BigRational#multiply} (integers, +-1) against
 * cross-multiplication. Examples per property: {@code -Dtacit.tries}.
 */
class TransposeAccumulatorProperties {

  @Test
  void accumulatedSumsEqualTheTermByTermSums() {
    long seed = PropertyHarness.seedFor("TransposeAccumulator");
    System.out.println("[tacit] property TransposeAccumulator: seed " + seed + ", "
        + PropertyHarness.tries() + " examples");
    SeededDraws draws = new SeededDraws(seed);
    for (int example = 0; example < PropertyHarness.tries(); example++) {
      int rows = draws.intBetween(1, 6);
      int cols = draws.intBetween(1, 6);
      BigRational[] y = new BigRational[rows];
      for (int i = 0; i < rows; i++) {
        y[i] = value(draws);
      }
      BigRational[][] m = new BigRational[rows][cols];
      TransposeAccumulator accumulator = new TransposeAccumulator(y, cols);
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          m[i][j] = value(draws);
          accumulator.add(i, j, m[i][j]);
        }
      }
      BigRational[] sums = accumulator.result();
      String where = "example " + example + " (seed " + seed + ")";
      for (int j = 0; j < cols; j++) {
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        for (int i = 0; i < rows; i++) {
          BigInteger p = m[i][j].numerator().multiply(y[i].numerator());
          BigInteger q = m[i][j].denominator().multiply(y[i].denominator());
          numerator = numerator.multiply(q).add(p.multiply(denominator));
          denominator = denominator.multiply(q);
        }
        assertThat(sums[j].numerator().multiply(denominator))
            .as(where).isEqualTo(numerator.multiply(sums[j].denominator()));
        assertThat(sums[j].numerator().gcd(sums[j].denominator())).as(where + " reduced")
            .isEqualTo(BigInteger.ONE);
        BigRational probe = draws.intBetween(0, 2) == 0 ? sums[j] : value(draws);
        int expected = Integer.signum(probe.numerator().multiply(denominator)
            .compareTo(numerator.multiply(probe.denominator())));
        assertThat(accumulator.compareToSum(j, probe)).as(where).isEqualTo(expected);
      }
    }
  }

  @Test
  void additionAndMultiplicationFastPathsAgreeWithCrossMultiplication() {
    long seed = PropertyHarness.seedFor("BigRational fast paths");
    SeededDraws draws = new SeededDraws(seed);
    for (int example = 0; example < PropertyHarness.tries(); example++) {
      BigRational a = value(draws);
      BigRational b = value(draws);
      BigInteger sumNumerator = a.numerator().multiply(b.denominator())
          .add(b.numerator().multiply(a.denominator()));
      BigInteger productNumerator = a.numerator().multiply(b.numerator());
      BigInteger denominator = a.denominator().multiply(b.denominator());
      BigRational sum = a.add(b);
      BigRational product = a.multiply(b);
      String where = a + ", " + b + " (seed " + seed + ")";
      assertThat(sum.numerator().multiply(denominator))
          .as(where).isEqualTo(sumNumerator.multiply(sum.denominator()));
      assertThat(product.numerator().multiply(denominator))
          .as(where).isEqualTo(productNumerator.multiply(product.denominator()));
      assertThat(sum).as(where).isEqualTo(BigRational.of(sumNumerator, denominator));
      assertThat(product).as(where).isEqualTo(BigRational.of(productNumerator, denominator));
    }
  }

  /** Zero, +-1, an integer or a fraction, each often. */
  private static BigRational value(Draws draws) {
    switch (draws.intBetween(0, 4)) {
      case 0:
        return BigRational.ZERO;
      case 1:
        return draws.intBetween(0, 1) == 0 ? BigRational.ONE : BigRational.MINUS_ONE;
      case 2:
        return BigRational.of(draws.between(-20, 20));
      default:
        return BigRational.of(draws.between(-50, 50), draws.between(1, 12));
    }
  }
}
