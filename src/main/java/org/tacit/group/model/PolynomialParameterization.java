package org.tacit.group.model;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;

/**
 * A polynomial parameterization {@code G: R^D -> R^d} (LNHW Definition 2): its coordinate
 * functions {@code G_1, ..., G_d} are polynomials in the {@code D} parameters. Includes the
 * paper's grouped map {@code G(u, v)_i = u_{g(i)}^2 v_i} and the separable maps of earlier work
 * ({@code u_i^2 - v_i^2}, {@code u_i v_i}).
 *
 * <p>Contract: immutable, exact; {@code d >= 1}; all coordinates have the same number {@code D} of
 * variables. Because the coordinates are polynomials, Definition 2's "for all x in M" (M open) is
 * decided exactly by {@link #isCommuting}: a polynomial field vanishes on an open set iff it is the
 * zero polynomial. Cost of {@link #isCommuting}: {@code d^2 / 2} symbolic brackets.
 *
 * <p>Spec: {@code LNHW:def-2}, {@code LNHW:lem-1}, {@code LNHW:rem-A.1}.
 *
 * @param parameters the number {@code D} of parameters
 * @param coordinates the coordinate functions {@code G_1, ..., G_d}
 */
public record PolynomialParameterization(int parameters, List<Polynomial> coordinates) {

  /** Validates the dimensions and copies the list. */
  public PolynomialParameterization {
    if (coordinates.isEmpty()) {
      throw new IllegalArgumentException("a parameterization needs d >= 1 coordinates");
    }
    for (Polynomial g : coordinates) {
      if (g.variables() != parameters) {
        throw new IllegalArgumentException("coordinate in " + g.variables() + " variables, D = "
            + parameters);
      }
    }
    coordinates = List.copyOf(coordinates);
  }

  /**
   * The paper's {@code G: R^{L+p} -> R^p}, {@code G_i(u, v) = u_{g(i)}^2 v_i}, with parameters
   * ordered {@code (u_1..u_L, v_1..v_p)} (variable {@code g(i)} is {@code u_{g(i)}}, variable
   * {@code L + i} is {@code v_i}), as in Appendix A.
   */
  public static PolynomialParameterization grouped(GroupPartition partition) {
    int groups = partition.groupCount();
    int dimension = groups + partition.dimension();
    List<Polynomial> coordinates = new ArrayList<>();
    for (int i = 0; i < partition.dimension(); i++) {
      int[] exponents = new int[dimension];
      exponents[partition.groupOf(i)] = 2;
      exponents[groups + i] = 1;
      coordinates.add(Polynomial.term(BigRational.ONE, exponents));
    }
    return new PolynomialParameterization(dimension, coordinates);
  }

  /** The separable {@code w_i = u_i^2 - v_i^2} on {@code R^{2p}}, parameters {@code (u, v)}. */
  public static PolynomialParameterization squareDifference(int p) {
    List<Polynomial> coordinates = new ArrayList<>();
    for (int i = 0; i < p; i++) {
      coordinates.add(Polynomial.variable(2 * p, i).pow(2)
          .subtract(Polynomial.variable(2 * p, p + i).pow(2)));
    }
    return new PolynomialParameterization(2 * p, coordinates);
  }

  /** The separable {@code w_i = u_i v_i} (Hadamard product) on {@code R^{2p}}. */
  public static PolynomialParameterization hadamard(int p) {
    List<Polynomial> coordinates = new ArrayList<>();
    for (int i = 0; i < p; i++) {
      coordinates.add(Polynomial.variable(2 * p, i).multiply(Polynomial.variable(2 * p, p + i)));
    }
    return new PolynomialParameterization(2 * p, coordinates);
  }

  /** The number {@code d} of coordinates. */
  public int size() {
    return coordinates.size();
  }

  /** The coordinate function {@code G_i}. */
  public Polynomial coordinate(int i) {
    return coordinates.get(i);
  }

  /** The gradient field {@code grad G_i}. */
  public PolynomialField gradient(int i) {
    return PolynomialField.gradient(coordinates.get(i));
  }

  /** The Hessian {@code Hess G_i} as polynomials, entry {@code [a][b] = d^2 G_i / dx_a dx_b}. */
  public Polynomial[][] hessian(int i) {
    return gradient(i).jacobian();
  }

  /** The symbolic bracket {@code [grad G_i, grad G_j]} of Definition 1. */
  public PolynomialField bracket(int i, int j) {
    return LieBracket.of(gradient(i), gradient(j));
  }

  /**
   * Whether the coordinates depend on pairwise disjoint sets of parameters (each parameter
   * affects at most one coordinate: the paper's "separable").
   */
  public boolean isSeparable() {
    boolean[] used = new boolean[parameters];
    for (Polynomial g : coordinates) {
      for (int k = 0; k < parameters; k++) {
        if (!g.derivative(k).isZero()) {
          if (used[k]) {
            return false;
          }
          used[k] = true;
        }
      }
    }
    return true;
  }

  /**
   * Definition 2, decided exactly: every bracket {@code [grad G_i, grad G_j]}, {@code i < j}, is the
   * zero polynomial field ({@code i = j} is zero by antisymmetry).
   */
  public boolean isCommuting() {
    for (int i = 0; i < size(); i++) {
      for (int j = i + 1; j < size(); j++) {
        if (!bracket(i, j).isZero()) {
          return false;
        }
      }
    }
    return true;
  }
}
