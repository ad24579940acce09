package org.tacit.group.model;

import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * A polynomial vector field {@code X: R^D -> R^D} with rational coefficients (the C^1, indeed
 * smooth, fields of LNHW Definition 1 on the open set {@code M = R^D}): component {@code k} is a
 * {@link Polynomial} in the {@code D} coordinates.
 *
 * <p>Contract: immutable, exact; {@code D >= 1}; operations between fields require the same
 * {@code D} ({@link IllegalArgumentException} otherwise). Two fields are {@link #equals equal} iff
 * they agree at every point. Costs are those of {@link Polynomial}, times {@code D} (components) or
 * {@code D^2} (Jacobian).
 *
 * <p>Spec: {@code LNHW:def-1}, {@code LNHW:rem-A.1}.
 */
public final class PolynomialField {

  private final Polynomial[] components;

  private PolynomialField(Polynomial[] components) {
    this.components = components;
  }

  /** The field with the given components, all polynomials in {@code components.length} variables. */
  public static PolynomialField of(Polynomial... components) {
    if (components.length == 0) {
      throw new IllegalArgumentException("a vector field needs D >= 1");
    }
    for (Polynomial c : components) {
      if (c.variables() != components.length) {
        throw new IllegalArgumentException("component in " + c.variables() + " variables, D = "
            + components.length);
      }
    }
    return new PolynomialField(components.clone());
  }

  /** The zero field on {@code R^dimension}. */
  public static PolynomialField zero(int dimension) {
    Polynomial[] zero = new Polynomial[dimension];
    Arrays.fill(zero, Polynomial.zero(dimension));
    return of(zero);
  }

  /** The gradient {@code grad f = (df/dx_0, ..., df/dx_{D-1})} of a polynomial in {@code D >= 1} variables. */
  public static PolynomialField gradient(Polynomial f) {
    Polynomial[] partials = new Polynomial[f.variables()];
    for (int k = 0; k < partials.length; k++) {
      partials[k] = f.derivative(k);
    }
    return of(partials);
  }

  /** The linear field {@code x -> A x} of a square rational matrix {@code A}. */
  public static PolynomialField linear(RationalMatrix a) {
    int d = a.rows();
    if (a.cols() != d) {
      throw new IllegalArgumentException("linear field needs a square matrix");
    }
    Polynomial[] rows = new Polynomial[d];
    for (int i = 0; i < d; i++) {
      Polynomial row = Polynomial.zero(d);
      for (int j = 0; j < d; j++) {
        row = row.add(Polynomial.variable(d, j).scale(a.get(i, j)));
      }
      rows[i] = row;
    }
    return of(rows);
  }

  /** The dimension {@code D}. */
  public int dimension() {
    return components.length;
  }

  /** Component {@code k}. */
  public Polynomial component(int k) {
    return components[k];
  }

  /** Whether this is the zero field (zero at every point). */
  public boolean isZero() {
    return Arrays.stream(components).allMatch(Polynomial::isZero);
  }

  /**
   * The sum of the squared coefficients of all components: zero iff this is the zero field, so a
   * field identity {@code X = Y} is the rational statement {@code (X - Y).coefficientSquareSum() = 0}.
   */
  public BigRational coefficientSquareSum() {
    BigRational sum = BigRational.ZERO;
    for (Polynomial c : components) {
      sum = sum.add(c.coefficientSquareSum());
    }
    return sum;
  }

  /** {@code this + other}. */
  public PolynomialField add(PolynomialField other) {
    requireDimension(other.dimension());
    Polynomial[] sum = new Polynomial[components.length];
    for (int k = 0; k < sum.length; k++) {
      sum[k] = components[k].add(other.components[k]);
    }
    return new PolynomialField(sum);
  }

  /** {@code this - other}. */
  public PolynomialField subtract(PolynomialField other) {
    return add(other.scale(BigRational.MINUS_ONE));
  }

  /** {@code factor * this}. */
  public PolynomialField scale(BigRational factor) {
    return times(Polynomial.constant(components.length, factor));
  }

  /** The field {@code x -> f(x) X(x)} for a polynomial {@code f} in {@code D} variables. */
  public PolynomialField times(Polynomial f) {
    requireDimension(f.variables());
    Polynomial[] product = new Polynomial[components.length];
    for (int k = 0; k < product.length; k++) {
      product[k] = components[k].multiply(f);
    }
    return new PolynomialField(product);
  }

  /** The inner product {@code <this(x), other(x)>} as a polynomial. */
  public Polynomial dot(PolynomialField other) {
    requireDimension(other.dimension());
    Polynomial sum = Polynomial.zero(components.length);
    for (int k = 0; k < components.length; k++) {
      sum = sum.add(components[k].multiply(other.components[k]));
    }
    return sum;
  }

  /**
   * The derivative of this field along {@code direction}: the field {@code x -> dX(x) V(x)} with
   * component {@code k} equal to {@code sum_m (dX_k/dx_m) V_m} ({@code dX} is the Jacobian).
   */
  public PolynomialField alongField(PolynomialField direction) {
    requireDimension(direction.dimension());
    int d = components.length;
    Polynomial[] result = new Polynomial[d];
    for (int k = 0; k < d; k++) {
      Polynomial sum = Polynomial.zero(d);
      for (int m = 0; m < d && !components[k].isZero(); m++) {
        Polynomial partial = components[k].derivative(m);
        if (!partial.isZero() && !direction.components[m].isZero()) {
          sum = sum.add(partial.multiply(direction.components[m]));
        }
      }
      result[k] = sum;
    }
    return new PolynomialField(result);
  }

  /** The Jacobian {@code dX} as polynomials: entry {@code [k][m]} is {@code dX_k/dx_m}. */
  public Polynomial[][] jacobian() {
    int d = components.length;
    Polynomial[][] jacobian = new Polynomial[d][d];
    for (int k = 0; k < d; k++) {
      for (int m = 0; m < d; m++) {
        jacobian[k][m] = components[k].derivative(m);
      }
    }
    return jacobian;
  }

  /** The value {@code X(point)}, exactly. */
  public BigRational[] evaluate(BigRational[] point) {
    requireDimension(point.length);
    BigRational[] value = new BigRational[components.length];
    for (int k = 0; k < value.length; k++) {
      value[k] = components[k].evaluate(point);
    }
    return value;
  }

  /** The Jacobian {@code dX(point)} as an exact matrix (entry {@code (k, m)} = {@code dX_k/dx_m}). */
  public RationalMatrix jacobianAt(BigRational[] point) {
    requireDimension(point.length);
    int d = components.length;
    BigRational[][] values = new BigRational[d][d];
    for (int k = 0; k < d; k++) {
      for (int m = 0; m < d; m++) {
        values[k][m] = components[k].isZero() ? BigRational.ZERO
            : components[k].derivative(m).evaluate(point);
      }
    }
    return RationalMatrix.of(values);
  }

  private void requireDimension(int d) {
    if (d != components.length) {
      throw new IllegalArgumentException("dimension " + d + " given, field has " + components.length);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PolynomialField f && Arrays.equals(components, f.components);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(components);
  }

  @Override
  public String toString() {
    return Arrays.toString(components);
  }
}
