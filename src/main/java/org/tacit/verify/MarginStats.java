package org.tacit.verify;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Aggregated results of one spec item over many instances: how many instances were tried, how
 * many failed, and the worst (smallest) margin seen with the check that produced it.
 *
 * <p>Immutable; {@link #merge} combines two aggregates of the same item (counts add, the worst
 * margin is the minimum). NaN margins are ignored when taking the minimum.
 *
 * @param specId the item
 * @param instances number of instances on which the item was checked
 * @param failures number of instances on which some check of the item failed
 * @param worstMargin smallest margin seen (NaN when none was recorded)
 * @param worstLabel label of the check with the smallest margin, or null
 * @param sources comma-separated names of the tests or commands that produced the records
 */
public record MarginStats(
    String specId,
    long instances,
    long failures,
    double worstMargin,
    @Nullable String worstLabel,
    String sources) {

  /** The aggregate of one check on one instance. */
  public static MarginStats of(Check check, String source) {
    return new MarginStats(check.specId(), 1, check.holds() ? 0 : 1, check.margin(),
        check.label(), source);
  }

  /** Combines two aggregates of the same item. */
  public MarginStats merge(MarginStats other) {
    if (!specId.equals(other.specId)) {
      throw new IllegalArgumentException("merging " + specId + " with " + other.specId);
    }
    boolean otherWorse = Double.isNaN(worstMargin)
        || (!Double.isNaN(other.worstMargin) && other.worstMargin < worstMargin);
    String mergedSources = sources;
    for (String source : other.sources.split(",")) {
      if (!source.isEmpty() && !("," + mergedSources + ",").contains("," + source + ",")) {
        mergedSources = mergedSources.isEmpty() ? source : mergedSources + "," + source;
      }
    }
    return new MarginStats(specId, instances + other.instances, failures + other.failures,
        otherWorse ? other.worstMargin : worstMargin, otherWorse ? other.worstLabel : worstLabel,
        mergedSources);
  }
}
