package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * The three normalisations of the squared loss that LNHW and its authors' code use. The proofs
 * (flow (3), Appendices B-D and every step-size condition) need {@link #PAPER}
 * {@code L_n = ||y - Xw||^2 / (2n)}; the Section 2 display writes {@link #NO_N}
 * {@code ||y - Xw||^2 / 2}; the code's {@code MSELoss} is {@link #CODE_MSE}
 * {@code ||y - Xw||^2 / n}. Each is a constant multiple of {@code L_n}, and so is its gradient.
 *
 * <p>Spec: {@code LNHW:rem-2.3}.
 */
public enum LossConvention {

  /** {@code L_n = ||y - Xw||^2 / (2n)}, the loss of flow (3) and of the proofs. */
  PAPER,

  /** {@code ||y - Xw||^2 / 2}, the display of Section 2. */
  NO_N,

  /** {@code ||y - Xw||^2 / n}, the authors' code ({@code torch.nn.MSELoss}). */
  CODE_MSE;

  /** The factor {@code c} with {@code loss = c L_n} for {@code n} samples. */
  public double scale(int n) {
    return switch (this) {
      case PAPER -> 1.0;
      case NO_N -> n;
      case CODE_MSE -> 2.0;
    };
  }

  /** {@link #scale} exactly. */
  public BigRational exactScale(int n) {
    return switch (this) {
      case PAPER -> BigRational.ONE;
      case NO_N -> BigRational.of(n);
      case CODE_MSE -> BigRational.TWO;
    };
  }
}
