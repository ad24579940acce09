package org.tacit.grokking.model;

import java.util.List;
import org.tacit.exact.BigRational;

/**
 * An instance of the sign dynamics of Lemmas C.30 / C.31: the initial point {@code a^(1)}, the step
 * {@code alpha} and the subgradient's values {@code z_i} at zero coordinates (see
 * {@link SignDynamics}; {@code z = 0} is {@code H = sign}).
 *
 * <p>Spec: {@code TDR:lem-C.30}, {@code TDR:lem-C.31}.
 *
 * @param initial {@code a^(1)}
 * @param alpha the step {@code alpha}
 * @param zeroSelection {@code z}, same length as {@code initial}
 */
public record SignDynamicsInstance(List<BigRational> initial, BigRational alpha,
    List<BigRational> zeroSelection) {

  /** Copies the lists. */
  public SignDynamicsInstance {
    initial = List.copyOf(initial);
    zeroSelection = List.copyOf(zeroSelection);
  }

  /** {@code a^(1)} as an array (a copy). */
  public BigRational[] initialPoint() {
    return initial.toArray(new BigRational[0]);
  }

  /** {@code z} as an array (a copy). */
  public BigRational[] selection() {
    return zeroSelection.toArray(new BigRational[0]);
  }

  /** Whether {@code H = sign}: every {@code z_i = 0}. */
  public boolean signSubgradient() {
    return zeroSelection.stream().allMatch(BigRational::isZero);
  }

  /** Whether every {@code |z_i| < 1}. */
  public boolean strictSelection() {
    return zeroSelection.stream().allMatch(z -> z.abs().compareTo(BigRational.ONE) < 0);
  }

  /** Whether every {@code |z_i| <= 1}. */
  public boolean selectionInUnitInterval() {
    return zeroSelection.stream().allMatch(z -> z.abs().compareTo(BigRational.ONE) <= 0);
  }

  @Override
  public String toString() {
    return "a1=" + initial + ", alpha=" + alpha + ", H(0)=" + zeroSelection;
  }
}
