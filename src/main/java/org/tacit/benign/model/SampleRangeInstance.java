package org.tacit.benign.model;

/**
 * Dimension and sparsity for ZG remark A.1 (which n Assumption 2.2's RIP requirement allows when
 * the Gaussian RIP level of Proposition A.1 is plugged in), with the unspecified constants
 * {@code c2} (Proposition A.1) and {@code c_delta} (Assumption 2.2) given.
 *
 * <p>With {@code k = s + 1}, {@code a = c2^2 k log(d/k)}, {@code b = sqrt(d) log d} and
 * {@code c = c_delta s^{-3/2} log^{-3} d}, the requirement
 * {@code c2 sqrt((k/n) log(d/k)) <= c_delta (1 + n/(sqrt(d) log d))^{-1} s^{-3/2} log^{-3} d}
 * reads {@code f(n) = sqrt(a) (n^{-1/2} + n^{1/2}/b) <= c}: a quadratic in {@code u = sqrt(n)}.
 *
 * <p>Spec: {@code ZG:rem-A.1}, {@code ZG:asm-2.2}.
 *
 * @param d the dimension (a double: the interesting range reaches 1e27 and beyond)
 * @param s the sparsity, {@code >= 1}
 * @param c2 Proposition A.1's constant, {@code > 0}
 * @param cDelta Assumption 2.2's constant, {@code > 0}
 */
public record SampleRangeInstance(double d, int s, double c2, double cDelta) {

  /** {@code a = c2^2 (s+1) log(d/(s+1))}. */
  public double a() {
    return c2 * c2 * (s + 1) * Math.log(d / (s + 1));
  }

  /** {@code b = sqrt(d) log d}. */
  public double b() {
    return Math.sqrt(d) * Math.log(d);
  }

  /** {@code c = c_delta s^{-3/2} log^{-3} d}. */
  public double c() {
    double log = Math.log(d);
    return cDelta / (Math.pow(s, 1.5) * log * log * log);
  }

  /** The requirement's left side over its right side at n: admissible iff at most 1. */
  public double requirementRatio(double n) {
    return Math.sqrt(a()) * (1 / Math.sqrt(n) + Math.sqrt(n) / b()) / c();
  }
}
