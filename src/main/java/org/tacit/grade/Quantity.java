package org.tacit.grade;

import java.util.Arrays;
import java.util.Optional;

/**
 * The closed set of quantities an assignment question may ask for, with the shape of its answer.
 *
 * <p>Spec: MS {@code def-I.2}, {@code asm-II.1}, {@code eq-II.1}, {@code eq-II.2},
 * {@code def-II.1}; NRSS: lambda_max of the Hessian and the gradient-descent stability step 2 /
 * lambda_max; MS {@code rem-I.2}: the entropy projection x_inf(alpha).
 */
public enum Quantity {
  /** The l1 minimizer x* of A x = y (x >= 0 with {@code nonnegative: true}), exact. */
  L1_MINIMIZER("l1-minimizer", Shape.VECTOR),
  /** Whether that minimizer is unique (exact uniqueness decision). */
  L1_UNIQUE("l1-unique", Shape.VERDICT),
  /** The support of that minimizer, as a set of 0-based indices. */
  L1_SUPPORT("l1-support", Shape.SET),
  /** Whether (A, y) meets MS Assumption II.1 (the reference names the failing part). */
  ASSUMPTION_II1("assumption-II.1", Shape.VERDICT),
  /** MS rho (II.1), exact. */
  MS_RHO("ms-rho", Shape.SCALAR),
  /** MS rho~ (II.2), exact. */
  MS_RHO_TILDE("ms-rho-tilde", Shape.SCALAR),
  /** MS rho^- (II.2), exact. */
  MS_RHO_MINUS("ms-rho-minus", Shape.SCALAR),
  /** MS kappa* = max_S x*_i / min_S x*_i, exact. */
  MS_KAPPA("ms-kappa", Shape.SCALAR),
  /** The largest eigenvalue of a symmetric Hessian H (double, certified reference error). */
  LAMBDA_MAX("lambda-max", Shape.SCALAR),
  /** The gradient-descent stability threshold 2 / lambda_max(H) (double, certified error). */
  STABILITY_STEP("stability-step", Shape.SCALAR),
  /**
   * The entropy Bregman projection x_inf(alpha) of alpha 1 onto {x >= 0, A x = y} (MS rem-I.2;
   * the question gives {@code alpha}); double with a certified error bound.
   */
  ENTROPY_PROJECTION("entropy-projection", Shape.VECTOR);

  /** The shape of an answer. */
  public enum Shape {
    /** One number. */
    SCALAR,
    /** An array of numbers. */
    VECTOR,
    /** An array of distinct 0-based indices, compared as a set. */
    SET,
    /** true or false. */
    VERDICT
  }

  private final String key;
  private final Shape shape;

  Quantity(String key, Shape shape) {
    this.key = key;
    this.shape = shape;
  }

  /** The name used in assignment files. */
  public String key() {
    return key;
  }

  /** The shape of its answers. */
  public Shape shape() {
    return shape;
  }

  /** Whether the instance is a Hessian {@code H} (else a linear system {@code A, y}). */
  public boolean hessian() {
    return this == LAMBDA_MAX || this == STABILITY_STEP;
  }

  /** Whether the reference is a double with a certified error (the CERTIFIED policy applies). */
  public boolean certified() {
    return hessian() || this == ENTROPY_PROJECTION;
  }

  /** The quantity named {@code key}, if any. */
  public static Optional<Quantity> byKey(String key) {
    return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
  }

  /** All keys, for error messages. */
  public static String keys() {
    return String.join(", ", Arrays.stream(values()).map(Quantity::key).toList());
  }
}
