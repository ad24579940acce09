package org.tacit.lp;

/** Whether a {@link LinearProgram} minimizes or maximizes its objective. */
public enum ObjectiveSense {
  /** Minimize {@code c^T x + c0}. */
  MINIMIZE,
  /** Maximize {@code c^T x + c0}. */
  MAXIMIZE;

  /** {@code +1} for {@link #MINIMIZE}, {@code -1} for {@link #MAXIMIZE}. */
  public int sign() {
    return this == MINIMIZE ? 1 : -1;
  }
}
