package org.tacit.group.model;

import java.util.List;
import org.tacit.exact.BigRational;

/**
 * A polynomial parameterization with a rational point of its parameter space: the instance of
 * LNHW Definition 2's checker.
 *
 * <p>Contract: immutable; {@code point.size()} equals the number of parameters (checked here).
 *
 * <p>Spec: {@code LNHW:def-2}.
 *
 * @param parameterization the map G
 * @param point the point x
 */
public record ParameterizationSample(PolynomialParameterization parameterization,
    List<BigRational> point) {

  /** Validates the size of the point and copies it. */
  public ParameterizationSample {
    if (point.size() != parameterization.parameters()) {
      throw new IllegalArgumentException("point of size " + point.size() + ", D = "
          + parameterization.parameters());
    }
    point = List.copyOf(point);
  }

  /** The point as an array. */
  public BigRational[] pointArray() {
    return point.toArray(new BigRational[0]);
  }
}
