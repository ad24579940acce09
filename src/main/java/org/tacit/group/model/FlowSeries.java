package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * Exact Taylor polynomials, in the time {@code s}, of the flows of polynomial vector fields and of
 * their compositions, by Picard iteration on truncated power series with rational coefficients.
 * Used for the remark after LNHW Lemma 1: moving along {@code -grad G_i} then {@code -grad G_j}
 * differs from the reverse order.
 *
 * <p>Method: the flow {@code y(s)} of {@code X} from {@code x} solves
 * {@code y(s) = x + int_0^s X(y(r)) dr}; starting from {@code y = x}, each Picard step makes one
 * more Taylor coefficient exact, so {@code order + 1} steps truncated to total degree
 * {@code order} give the exact Taylor polynomial of degree {@code order}. For the composition the
 * second flow runs in a separate time {@code t} from the (series) end point of the first, and
 * {@code t = s} is substituted at the end. The derivatives of the fields are never used, so the
 * series are independent of {@link LieBracket}.
 *
 * <p>Contract: exact; the fields share the dimension of {@code start}; {@code order >= 0}. The
 * results are polynomials in one variable {@code s} (coefficient of {@code s^k} = the k-th Taylor
 * coefficient). Cost: {@code O(order)} substitutions of the field into truncated series.
 *
 * <p>Spec: {@code LNHW:rem-3.1.1}.
 */
public final class FlowSeries {

  private static final int S = 0;
  private static final int T = 1;

  private FlowSeries() {}

  /** The Taylor polynomial of degree {@code order} of {@code s -> phi^X_s(start)}. */
  public static Polynomial[] flow(PolynomialField field, BigRational[] start, int order) {
    Polynomial[] series = picard(field, constants(start), S, order);
    Polynomial s = Polynomial.variable(1, 0);
    return restrict(series, new Polynomial[] {s, Polynomial.zero(1)}, order);
  }

  /**
   * The Taylor polynomial of degree {@code order} of {@code s -> phi^second_s(phi^first_s(start))}:
   * first along {@code first} for time {@code s}, then along {@code second} for time {@code s}.
   */
  public static Polynomial[] composed(PolynomialField first, PolynomialField second,
      BigRational[] start, int order) {
    Polynomial[] afterFirst = picard(first, constants(start), S, order);
    Polynomial[] afterSecond = picard(second, afterFirst, T, order);
    Polynomial s = Polynomial.variable(1, 0);
    return restrict(afterSecond, new Polynomial[] {s, s}, order);
  }

  /** The coefficient of {@code s^k} of each component of a one-variable series. */
  public static BigRational[] coefficient(Polynomial[] series, int k) {
    BigRational[] c = new BigRational[series.length];
    for (int m = 0; m < c.length; m++) {
      c[m] = series[m].coefficient(k);
    }
    return c;
  }

  private static Polynomial[] picard(PolynomialField field, Polynomial[] initial, int time,
      int order) {
    if (order < 0 || initial.length != field.dimension()) {
      throw new IllegalArgumentException("need order >= 0 and a start point of dimension "
          + field.dimension());
    }
    Polynomial[] current = initial.clone();
    for (int step = 0; step <= order; step++) {
      Polynomial[] next = new Polynomial[current.length];
      for (int k = 0; k < next.length; k++) {
        Polynomial rate = field.component(k).isZero() ? Polynomial.zero(2)
            : field.component(k).substitute(current).truncate(order);
        next[k] = initial[k].add(rate.antiderivative(time)).truncate(order);
      }
      current = next;
    }
    return current;
  }

  private static Polynomial[] constants(BigRational[] start) {
    Polynomial[] constants = new Polynomial[start.length];
    for (int k = 0; k < start.length; k++) {
      constants[k] = Polynomial.constant(2, start[k]);
    }
    return constants;
  }

  private static Polynomial[] restrict(Polynomial[] series, Polynomial[] times, int order) {
    Polynomial[] restricted = new Polynomial[series.length];
    for (int k = 0; k < series.length; k++) {
      restricted[k] = series[k].substitute(times).truncate(order);
    }
    return restricted;
  }
}
