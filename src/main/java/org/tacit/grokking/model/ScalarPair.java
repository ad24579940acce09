package org.tacit.grokking.model;

import org.tacit.exact.BigRational;

/**
 * Two reals {@code a} and {@code a*} (Lemma C.32: a coordinate of an iterate and of the target).
 *
 * <p>Spec: {@code TDR:lem-C.32}.
 *
 * @param a the iterate's coordinate
 * @param target the target's coordinate {@code a*}
 */
public record ScalarPair(BigRational a, BigRational target) {

  @Override
  public String toString() {
    return "a=" + a + ", a*=" + target;
  }
}
