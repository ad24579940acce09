package org.tacit.lp;

import java.util.Arrays;
import org.tacit.exact.BigRational;

/**
 * Double arithmetic for the simplex method: values of magnitude at most
 * {@link LpTolerances#DOUBLE_ZERO} count as zero in every decision.
 */
final class DoubleField implements ScalarField<Double> {

  /** The one instance. */
  static final DoubleField INSTANCE = new DoubleField();

  private static final Double ZERO = 0.0;
  private static final Double ONE = 1.0;

  private DoubleField() {}

  @Override
  public Double zero() {
    return ZERO;
  }

  @Override
  public Double one() {
    return ONE;
  }

  @Override
  public Double add(Double a, Double b) {
    return a + b;
  }

  @Override
  public Double subtract(Double a, Double b) {
    return a - b;
  }

  @Override
  public Double multiply(Double a, Double b) {
    return a * b;
  }

  @Override
  public Double divide(Double a, Double b) {
    return a / b;
  }

  @Override
  public Double negate(Double a) {
    return -a;
  }

  @Override
  public int signum(Double a) {
    double v = a;
    return v > LpTolerances.DOUBLE_ZERO ? 1 : v < -LpTolerances.DOUBLE_ZERO ? -1 : 0;
  }

  @Override
  public int compareExactly(Double a, Double b) {
    return Double.compare(a, b);
  }

  @Override
  public boolean isStoredZero(Double a) {
    return a == 0.0;
  }

  @Override
  public int compareMagnitude(Double a, Double b) {
    return Double.compare(Math.abs(a), Math.abs(b));
  }

  @Override
  public Double fromRational(BigRational value) {
    return value.doubleValue();
  }

  @Override
  public BigRational toRational(Double a) {
    return BigRational.valueOf(a);
  }

  @Override
  public Double flush(Double a) {
    return Math.abs(a) < LpTolerances.DOUBLE_FLUSH ? ZERO : a;
  }

  @Override
  public Double feasibilityTolerance() {
    return LpTolerances.DOUBLE_ZERO;
  }

  @Override
  public boolean isExact() {
    return false;
  }

  @Override
  public Double[] zeros(int length) {
    Double[] array = new Double[length];
    Arrays.fill(array, ZERO);
    return array;
  }
}
