package org.tacit.group.family;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.group.model.ParameterizationSample;
import org.tacit.group.model.Polynomial;
import org.tacit.group.model.PolynomialField;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.group.model.VectorFieldTriple;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of LNHW Definitions 1 and 2: random polynomial vector fields with small
 * rational coefficients, and random separable polynomial parameterizations (including the
 * {@code u^2 - v^2} and {@code u o v} maps of earlier work). Hypotheses hold by construction.
 *
 * <p>Spec: {@code LNHW:def-1}, {@code LNHW:def-2}.
 */
public final class VectorFieldFamilies {

  private VectorFieldFamilies() {}

  /**
   * Three fields on {@code R^D}, {@code D} in {@code [1, 4]}, each component a sum of at most
   * three terms of degree at most 2 (coefficients with numerators in {@code [-5, 5]},
   * denominators in {@code [1, 4]}); two {@code D x D} matrices with such entries; a rational point.
   */
  public static InstanceFamily<VectorFieldTriple> polynomialTriples() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "D in [1,4], polynomial fields of degree <= 2 with <= 3 terms per component,"
            + " rational A, B, x";
      }

      @Override
      public VectorFieldTriple draw(Draws draws) {
        int d = draws.intBetween(1, 4);
        return new VectorFieldTriple(field(draws, d), field(draws, d), field(draws, d),
            matrix(draws, d), matrix(draws, d), rationals(draws, d));
      }
    };
  }

  /**
   * Separable parameterizations {@code R^{2p} -> R^p}, {@code p} in {@code [1, 4]}: coordinate
   * {@code i} depends on its own parameters {@code (u_i, v_i)} only, and is {@code u_i^2 - v_i^2},
   * {@code u_i v_i} or a random polynomial in {@code (u_i, v_i)} of degree at most 3 with at most
   * three terms; a rational point.
   */
  public static InstanceFamily<ParameterizationSample> separableParameterizations() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "p in [1,4], G_i in {u_i^2 - v_i^2, u_i v_i, random poly(u_i, v_i) of degree <= 3}";
      }

      @Override
      public ParameterizationSample draw(Draws draws) {
        int p = draws.intBetween(1, 4);
        int d = 2 * p;
        List<Polynomial> coordinates = new ArrayList<>();
        for (int i = 0; i < p; i++) {
          Polynomial u = Polynomial.variable(d, i);
          Polynomial v = Polynomial.variable(d, p + i);
          int kind = draws.intBetween(0, 2);
          if (kind == 0) {
            coordinates.add(u.pow(2).subtract(v.pow(2)));
          } else if (kind == 1) {
            coordinates.add(u.multiply(v));
          } else {
            Polynomial sum = Polynomial.zero(d);
            int terms = draws.intBetween(1, 3);
            for (int t = 0; t < terms; t++) {
              int degree = draws.intBetween(1, 3);
              int uPower = draws.intBetween(0, degree);
              sum = sum.add(u.pow(uPower).multiply(v.pow(degree - uPower)).scale(rational(draws)));
            }
            coordinates.add(sum);
          }
        }
        return new ParameterizationSample(new PolynomialParameterization(d, coordinates),
            rationals(draws, d));
      }
    };
  }

  /** A field on {@code R^d} as in {@link #polynomialTriples}. */
  public static PolynomialField field(Draws draws, int d) {
    Polynomial[] components = new Polynomial[d];
    for (int k = 0; k < d; k++) {
      Polynomial sum = Polynomial.zero(d);
      int terms = draws.intBetween(0, 3);
      for (int t = 0; t < terms; t++) {
        int[] exponents = new int[d];
        int degree = draws.intBetween(0, 2);
        for (int e = 0; e < degree; e++) {
          exponents[draws.intBetween(0, d - 1)]++;
        }
        sum = sum.add(Polynomial.term(rational(draws), exponents));
      }
      components[k] = sum;
    }
    return PolynomialField.of(components);
  }

  private static RationalMatrix matrix(Draws draws, int d) {
    BigRational[][] entries = new BigRational[d][d];
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        entries[r][c] = rational(draws);
      }
    }
    return RationalMatrix.of(entries);
  }

  private static List<BigRational> rationals(Draws draws, int count) {
    List<BigRational> values = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      values.add(rational(draws));
    }
    return values;
  }

  private static BigRational rational(Draws draws) {
    return BigRational.of(draws.between(-5, 5), draws.between(1, 4));
  }
}
