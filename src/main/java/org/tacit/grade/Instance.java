package org.tacit.grade;

import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.lp.LinearSystem;

/**
 * The instance of a question: a linear system {@code A x = y} (with the sign constraint of the
 * question) or a symmetric Hessian {@code H}, exact as read.
 *
 * @param system the system (a 1 x 1 placeholder {@code 0 x = 0} when the question is on a Hessian)
 * @param nonnegative whether the l1 problem is over x >= 0 (the MS problem)
 * @param hessian the Hessian, row-major square (empty when the question is on a system)
 * @param source where it came from (inline or the file), for solution sheets
 * @param alpha the scale of the entropy projection's prior {@code alpha 1} (present exactly for
 *     {@link Quantity#ENTROPY_PROJECTION} questions)
 */
public record Instance(LinearSystem system, boolean nonnegative, BigRational[][] hessian,
    String source, Optional<BigRational> alpha) {

  /** Deep-copies the Hessian. */
  public Instance {
    hessian = copy(hessian);
  }

  /** A deep copy of the Hessian. */
  @Override
  public BigRational[][] hessian() {
    return copy(hessian);
  }

  private static BigRational[][] copy(BigRational[][] h) {
    BigRational[][] c = new BigRational[h.length][];
    for (int i = 0; i < h.length; i++) {
      c[i] = h[i].clone();
    }
    return c;
  }
}
