package org.tacit.lp;

/**
 * The sense of a constraint row {@code lower <= a^T x <= upper}, derived from which of its two
 * bounds are finite (MPS row types L, G, E, and ranged rows).
 */
public enum RowSense {
  /** {@code a^T x <= upper} (MPS type L). */
  LESS_OR_EQUAL,
  /** {@code a^T x >= lower} (MPS type G). */
  GREATER_OR_EQUAL,
  /** {@code a^T x = rhs} (MPS type E without a range). */
  EQUAL,
  /** {@code lower <= a^T x <= upper} with {@code lower < upper} both finite (MPS RANGES). */
  RANGE,
  /** No finite bound: the row constrains nothing (an extra MPS N row). */
  FREE
}
