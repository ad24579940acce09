package org.tacit.verify;

/**
 * A generator of instances that meet a theorem's hypotheses by construction (design brief:
 * generators construct, they do not filter). The checker verifies the hypotheses again on each
 * instance, so a generator bug shows up as a failed verdict rather than a vacuous pass.
 *
 * @param <I> the instance type
 */
public interface InstanceFamily<I> {

  /** A short name of the family, e.g. {@code "rational a, b in [0, 10], integer p in [1, 8]"}. */
  String name();

  /** Draws one instance. */
  I draw(Draws draws);
}
