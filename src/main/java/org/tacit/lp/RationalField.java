package org.tacit.lp;

import java.util.Arrays;
import org.tacit.exact.BigRational;

/** Exact rational arithmetic for the simplex method: every decision is exact. */
final class RationalField implements ScalarField<BigRational> {

  /** The one instance. */
  static final RationalField INSTANCE = new RationalField();

  private RationalField() {}

  @Override
  public BigRational zero() {
    return BigRational.ZERO;
  }

  @Override
  public BigRational one() {
    return BigRational.ONE;
  }

  @Override
  public BigRational add(BigRational a, BigRational b) {
    return a.add(b);
  }

  @Override
  public BigRational subtract(BigRational a, BigRational b) {
    return a.subtract(b);
  }

  @Override
  public BigRational multiply(BigRational a, BigRational b) {
    return a.multiply(b);
  }

  @Override
  public BigRational divide(BigRational a, BigRational b) {
    return a.divide(b);
  }

  @Override
  public BigRational negate(BigRational a) {
    return a.negate();
  }

  @Override
  public int signum(BigRational a) {
    return a.signum();
  }

  @Override
  public int compare(BigRational a, BigRational b) {
    return a.compareTo(b);
  }

  @Override
  public int compareExactly(BigRational a, BigRational b) {
    return a.compareTo(b);
  }

  @Override
  public boolean isStoredZero(BigRational a) {
    return a.isZero();
  }

  @Override
  public int compareMagnitude(BigRational a, BigRational b) {
    return a.abs().compareTo(b.abs());
  }

  @Override
  public BigRational fromRational(BigRational value) {
    return value;
  }

  @Override
  public BigRational toRational(BigRational a) {
    return a;
  }

  @Override
  public boolean isExact() {
    return true;
  }

  @Override
  public BigRational[] zeros(int length) {
    BigRational[] array = new BigRational[length];
    Arrays.fill(array, BigRational.ZERO);
    return array;
  }
}
