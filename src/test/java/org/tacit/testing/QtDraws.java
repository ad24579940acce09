package org.tacit.testing;

import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import org.tacit.verify.Draws;

/**
 * {@link Draws} backed by QuickTheories' randomness source, so that instances built by a
 * main-code {@link org.tacit.verify.InstanceFamily} shrink towards small draws on failure.
 */
final class QtDraws implements Draws {

  private final RandomnessSource source;

  QtDraws(RandomnessSource source) {
    this.source = source;
  }

  @Override
  public long between(long lo, long hi) {
    if (lo > hi) {
      throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
    }
    return source.next(Constraint.between(lo, hi));
  }
}
