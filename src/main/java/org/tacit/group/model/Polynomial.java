package org.tacit.group.model;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;

/**
 * A sparse multivariate polynomial with rational coefficients in a fixed number {@code n} of
 * variables {@code x_0, ..., x_{n-1}}: the scalar functions from which the vector fields of LNHW
 * Section 3.1 and Appendix A are built (coordinate functions {@code G_i}, their gradients and
 * Hessians, brackets of gradients).
 *
 * <p>Contract: immutable; every arithmetic operation is exact and requires both operands to have
 * the same number of variables ({@link IllegalArgumentException} otherwise). Terms with a zero
 * coefficient are never stored, so two polynomials are {@link #equals equal} iff they are the same
 * function on {@code Q^n} (equivalently on any open subset of {@code R^n}). Costs: addition
 * {@code O(t + t')} terms, multiplication {@code O(t t')}, evaluation {@code O(t n)} big-number
 * operations, for {@code t, t'} terms; intended for the small polynomials of the paper
 * ({@code n <= ~20}, a few dozen terms).
 *
 * <p>Spec: {@code LNHW:def-1}, {@code LNHW:rem-A.1}.
 */
public final class Polynomial {

  private final int variables;
  private final TreeMap<Exponents, BigRational> terms;

  private Polynomial(int variables, TreeMap<Exponents, BigRational> terms) {
    this.variables = variables;
    this.terms = terms;
  }

  /** The zero polynomial in {@code variables >= 0} variables. */
  public static Polynomial zero(int variables) {
    if (variables < 0) {
      throw new IllegalArgumentException("variables " + variables + " < 0");
    }
    return new Polynomial(variables, new TreeMap<>());
  }

  /** The constant {@code value} in {@code variables} variables. */
  public static Polynomial constant(int variables, BigRational value) {
    return term(value, new int[variables]);
  }

  /** The coordinate function {@code x_k}, {@code 0 <= k < variables}. */
  public static Polynomial variable(int variables, int k) {
    int[] exponents = new int[variables];
    exponents[k] = 1;
    return term(BigRational.ONE, exponents);
  }

  /**
   * The monomial {@code coefficient * prod_k x_k^{exponents[k]}} in {@code exponents.length}
   * variables; exponents must be {@code >= 0}.
   */
  public static Polynomial term(BigRational coefficient, int... exponents) {
    for (int e : exponents) {
      if (e < 0) {
        throw new IllegalArgumentException("negative exponent " + e);
      }
    }
    TreeMap<Exponents, BigRational> map = new TreeMap<>();
    if (!coefficient.isZero()) {
      map.put(new Exponents(exponents.clone()), coefficient);
    }
    return new Polynomial(exponents.length, map);
  }

  /** The number of variables {@code n}. */
  public int variables() {
    return variables;
  }

  /** Whether this is the zero polynomial. */
  public boolean isZero() {
    return terms.isEmpty();
  }

  /** The number of non-zero terms. */
  public int termCount() {
    return terms.size();
  }

  /** The total degree; {@code -1} for the zero polynomial. */
  public int degree() {
    int degree = -1;
    for (Exponents e : terms.keySet()) {
      degree = Math.max(degree, e.total());
    }
    return degree;
  }

  /** The coefficient of {@code prod_k x_k^{exponents[k]}} (zero when absent). */
  public BigRational coefficient(int... exponents) {
    requireVariables(exponents.length);
    BigRational c = terms.get(new Exponents(exponents.clone()));
    return c == null ? BigRational.ZERO : c;
  }

  /**
   * The sum of the squares of the coefficients: zero iff this is the zero polynomial, so an exact
   * polynomial identity {@code P = Q} is the single rational statement
   * {@code (P - Q).coefficientSquareSum() = 0}.
   */
  public BigRational coefficientSquareSum() {
    BigRational sum = BigRational.ZERO;
    for (BigRational c : terms.values()) {
      sum = sum.add(c.multiply(c));
    }
    return sum;
  }

  /** {@code this + other}. */
  public Polynomial add(Polynomial other) {
    requireVariables(other.variables);
    TreeMap<Exponents, BigRational> map = new TreeMap<>(terms);
    for (Map.Entry<Exponents, BigRational> t : other.terms.entrySet()) {
      accumulate(map, t.getKey(), t.getValue());
    }
    return new Polynomial(variables, map);
  }

  /** {@code this - other}. */
  public Polynomial subtract(Polynomial other) {
    return add(other.negate());
  }

  /** {@code -this}. */
  public Polynomial negate() {
    return scale(BigRational.MINUS_ONE);
  }

  /** {@code factor * this}. */
  public Polynomial scale(BigRational factor) {
    TreeMap<Exponents, BigRational> map = new TreeMap<>();
    if (!factor.isZero()) {
      for (Map.Entry<Exponents, BigRational> t : terms.entrySet()) {
        map.put(t.getKey(), t.getValue().multiply(factor));
      }
    }
    return new Polynomial(variables, map);
  }

  /** {@code this * other}. */
  public Polynomial multiply(Polynomial other) {
    requireVariables(other.variables);
    TreeMap<Exponents, BigRational> map = new TreeMap<>();
    for (Map.Entry<Exponents, BigRational> a : terms.entrySet()) {
      for (Map.Entry<Exponents, BigRational> b : other.terms.entrySet()) {
        accumulate(map, a.getKey().plus(b.getKey()), a.getValue().multiply(b.getValue()));
      }
    }
    return new Polynomial(variables, map);
  }

  /** {@code this^exponent}, {@code exponent >= 0}. */
  public Polynomial pow(int exponent) {
    if (exponent < 0) {
      throw new IllegalArgumentException("negative exponent " + exponent);
    }
    Polynomial result = constant(variables, BigRational.ONE);
    for (int k = 0; k < exponent; k++) {
      result = result.multiply(this);
    }
    return result;
  }

  /** The partial derivative {@code d/dx_k}. */
  public Polynomial derivative(int k) {
    requireIndex(k);
    TreeMap<Exponents, BigRational> map = new TreeMap<>();
    for (Map.Entry<Exponents, BigRational> t : terms.entrySet()) {
      int e = t.getKey().power(k);
      if (e > 0) {
        map.put(t.getKey().shifted(k, -1), t.getValue().multiply(BigRational.of(e)));
      }
    }
    return new Polynomial(variables, map);
  }

  /** The antiderivative in {@code x_k} vanishing on {@code x_k = 0}: {@code int_0^{x_k} this}. */
  public Polynomial antiderivative(int k) {
    requireIndex(k);
    TreeMap<Exponents, BigRational> map = new TreeMap<>();
    for (Map.Entry<Exponents, BigRational> t : terms.entrySet()) {
      int e = t.getKey().power(k) + 1;
      map.put(t.getKey().shifted(k, 1), t.getValue().divide(BigRational.of(e)));
    }
    return new Polynomial(variables, map);
  }

  /** The terms of total degree {@code <= maxDegree} (truncation of a power series). */
  public Polynomial truncate(int maxDegree) {
    TreeMap<Exponents, BigRational> map = new TreeMap<>();
    for (Map.Entry<Exponents, BigRational> t : terms.entrySet()) {
      if (t.getKey().total() <= maxDegree) {
        map.put(t.getKey(), t.getValue());
      }
    }
    return new Polynomial(variables, map);
  }

  /** The value at {@code point} ({@code point.length == variables()}), exactly. */
  public BigRational evaluate(BigRational[] point) {
    requireVariables(point.length);
    BigRational sum = BigRational.ZERO;
    for (Map.Entry<Exponents, BigRational> t : terms.entrySet()) {
      BigRational product = t.getValue();
      for (int k = 0; k < variables; k++) {
        int e = t.getKey().power(k);
        if (e > 0) {
          product = product.multiply(point[k].pow(e));
        }
      }
      sum = sum.add(product);
    }
    return sum;
  }

  /**
   * The composition {@code this(values[0], ..., values[n-1])}: each variable {@code x_k} replaced
   * by the polynomial {@code values[k]}; all values share one number {@code m} of variables, which
   * is the result's.
   */
  public Polynomial substitute(Polynomial[] values) {
    requireVariables(values.length);
    if (values.length == 0) {
      throw new IllegalArgumentException("substitution needs at least one variable");
    }
    int m = values[0].variables;
    Polynomial result = zero(m);
    for (Map.Entry<Exponents, BigRational> t : terms.entrySet()) {
      Polynomial product = constant(m, t.getValue());
      for (int k = 0; k < variables; k++) {
        int e = t.getKey().power(k);
        if (e > 0) {
          product = product.multiply(values[k].pow(e));
        }
      }
      result = result.add(product);
    }
    return result;
  }

  private static void accumulate(TreeMap<Exponents, BigRational> map, Exponents key,
      BigRational value) {
    BigRational sum = map.getOrDefault(key, BigRational.ZERO).add(value);
    if (sum.isZero()) {
      map.remove(key);
    } else {
      map.put(key, sum);
    }
  }

  private void requireVariables(int n) {
    if (n != variables) {
      throw new IllegalArgumentException(n + " variables given, polynomial has " + variables);
    }
  }

  private void requireIndex(int k) {
    if (k < 0 || k >= variables) {
      throw new IllegalArgumentException("variable " + k + " outside [0, " + variables + ")");
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Polynomial p && p.variables == variables && p.terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return 31 * variables + terms.hashCode();
  }

  /** The terms, highest total degree first, e.g. {@code 2*x0^2*x3 - 1/2*x1}. */
  @Override
  public String toString() {
    if (terms.isEmpty()) {
      return "0";
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Exponents, BigRational> t : terms.descendingMap().entrySet()) {
      BigRational c = t.getValue();
      text.append(text.length() == 0 ? (c.signum() < 0 ? "-" : "") : (c.signum() < 0 ? " - " : " + "));
      String monomial = t.getKey().toString();
      BigRational magnitude = c.abs();
      if (monomial.isEmpty()) {
        text.append(magnitude);
      } else if (magnitude.equals(BigRational.ONE)) {
        text.append(monomial);
      } else {
        text.append(magnitude).append('*').append(monomial);
      }
    }
    return text.toString();
  }

  /** The exponent vector of one monomial, ordered by total degree, then lexicographically. */
  private static final class Exponents implements Comparable<Exponents> {

    private final int[] powers;
    private final int total;

    Exponents(int[] powers) {
      this.powers = powers;
      this.total = Arrays.stream(powers).sum();
    }

    int power(int k) {
      return powers[k];
    }

    int total() {
      return total;
    }

    Exponents plus(Exponents other) {
      int[] sum = powers.clone();
      for (int k = 0; k < sum.length; k++) {
        sum[k] += other.powers[k];
      }
      return new Exponents(sum);
    }

    Exponents shifted(int k, int by) {
      int[] shifted = powers.clone();
      shifted[k] += by;
      return new Exponents(shifted);
    }

    @Override
    public int compareTo(Exponents other) {
      if (total != other.total) {
        return Integer.compare(total, other.total);
      }
      return Arrays.compare(powers, other.powers);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Exponents e && Arrays.equals(powers, e.powers);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(powers);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < powers.length; k++) {
        if (powers[k] > 0) {
          text.append(text.length() == 0 ? "" : "*").append('x').append(k);
          if (powers[k] > 1) {
            text.append('^').append(powers[k]);
          }
        }
      }
      return text.toString();
    }
  }
}
