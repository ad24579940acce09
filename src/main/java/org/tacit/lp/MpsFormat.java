package org.tacit.lp;

/** The two layouts of MPS files read by {@link MpsReader}. */
public enum MpsFormat {
  /**
   * Fields at fixed columns (1-based): 2-3, 5-12, 15-22, 25-36, 40-47, 50-61; names may contain
   * spaces.
   */
  FIXED,
  /**
   * Fields separated by white space; names may not contain spaces. Reads most fixed-format files
   * too (all of netlib), so it is the default.
   */
  FREE
}
