package org.tacit.experiment;

/**
 * One independent point of a parameter sweep: its index in the sweep, its parameter values (their
 * meaning is the experiment's) and its seed. A point's result depends only on these, so sweeps can
 * be split into shards and merged.
 *
 * @param index position in the sweep, from 0
 * @param values the parameters
 * @param seed the seed of any randomness the point uses
 */
public record SweepPoint(int index, double[] values, long seed) {

  /** Compact canonical constructor: copies the values. */
  public SweepPoint {
    values = values.clone();
  }

  /** The parameters (a copy). */
  @Override
  public double[] values() {
    return values.clone();
  }
}
