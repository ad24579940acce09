package org.tacit.grokking.model;

/**
 * A convex regularizer {@code h : R^p -> R} of the TDR objective {@code f = g + beta h}, with the
 * subgradient selection {@code H(a) in dh(a)} subgradient descent (1) uses.
 *
 * <p>Contract: {@link #value} and {@link #subgradient} do not modify their argument;
 * {@link #subgradient} writes an element of the subdifferential {@code dh(a)} (the specific
 * element each implementation documents, the one of the paper's experiments) and is
 * deterministic. Implementations are immutable and thread-safe.
 *
 * <p>Spec: {@code TDR:eq-1} (the term {@code beta H(x)} of the update), {@code TDR:def-C.1}.
 */
public interface Regularizer {

  /** {@code p}, the length of every argument. */
  int dimension();

  /** {@code h(a)}. */
  double value(double[] a);

  /** Writes {@code H(a) in dh(a)} into {@code out} (length {@link #dimension()}). */
  void subgradient(double[] a, double[] out);

  /** A short name for tables and plots, e.g. {@code l1}. */
  String name();
}
