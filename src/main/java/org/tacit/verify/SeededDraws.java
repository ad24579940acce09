package org.tacit.verify;

import java.util.SplittableRandom;

/**
 * {@link Draws} from a {@link SplittableRandom} with a fixed seed: the same seed gives the same
 * sequence of draws on every machine and Java version. Not thread-safe.
 */
public final class SeededDraws implements Draws {

  private final SplittableRandom random;
  private final long seed;

  /** Draws determined by {@code seed}. */
  public SeededDraws(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  @Override
  public long between(long lo, long hi) {
    if (lo > hi) {
      throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
    }
    if (hi == Long.MAX_VALUE) {
      return lo == Long.MIN_VALUE ? random.nextLong() : random.nextLong(lo - 1, hi) + 1;
    }
    return random.nextLong(lo, hi + 1);
  }
}
