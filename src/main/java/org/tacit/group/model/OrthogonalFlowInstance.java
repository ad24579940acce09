package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * An instance of LNHW Theorem 2 (and of the proof steps rem-B.2, rem-B.3): a rational design
 * {@code X} ({@code n x p}, rows {@code design[row]}), responses {@code y = X w* + xi}, the true
 * weights {@code w*} (group-sparse: the support {@code S} is the set of groups with
 * {@code w_l* != 0}), the initialization scale {@code theta} and the accuracy {@code eps}. The
 * noise enters only through {@code g = X^T xi / n = X^T (y - X w*) / n}, computed exactly.
 *
 * <p>Contract: shapes are checked by {@link #of}; arrays are the caller's (not copied again).
 *
 * <p>Spec: {@code LNHW:thm-2}, {@code LNHW:rem-B.2}, {@code LNHW:rem-B.3}.
 *
 * @param groups the column partition
 * @param design {@code X}, exact
 * @param responses {@code y}, exact
 * @param truth {@code w*}, exact
 * @param theta the initialization {@code u_l(0) = theta}
 * @param epsilon the accuracy {@code eps} of Theorem 2
 */
public record OrthogonalFlowInstance(GroupPartition groups, BigRational[][] design,
    BigRational[] responses, BigRational[] truth, BigRational theta, BigRational epsilon) {

  /** The instance, with its shapes checked. */
  public static OrthogonalFlowInstance of(GroupPartition groups, BigRational[][] design,
      BigRational[] responses, BigRational[] truth, BigRational theta, BigRational epsilon) {
    if (design.length < 1 || responses.length != design.length
        || truth.length != groups.dimension()) {
      throw new IllegalArgumentException("need n >= 1 rows, y of length n and w* of length p");
    }
    for (BigRational[] row : design) {
      if (row.length != groups.dimension()) {
        throw new IllegalArgumentException("rows of X need p entries");
      }
    }
    return new OrthogonalFlowInstance(groups, design, responses, truth, theta, epsilon);
  }

  /** The number of samples {@code n}. */
  public int samples() {
    return design.length;
  }

  /** {@code a = X^T y / n}, exactly. */
  public BigRational[] correlations() {
    return OrthogonalFacts.transposeTimes(design, responses);
  }

  /** {@code g = X^T xi / n} with {@code xi = y - X w*}, exactly. */
  public BigRational[] noiseCorrelations() {
    int n = design.length;
    BigRational[] xi = new BigRational[n];
    for (int row = 0; row < n; row++) {
      BigRational fit = BigRational.ZERO;
      for (int j = 0; j < truth.length; j++) {
        fit = fit.add(design[row][j].multiply(truth[j]));
      }
      xi[row] = responses[row].subtract(fit);
    }
    return OrthogonalFacts.transposeTimes(design, xi);
  }

  /** Whether group {@code l} is in the support {@code S} ({@code w_l* != 0}). */
  public boolean inSupport(int l) {
    return OrthogonalFacts.groupSquaredNorm(groups, truth, l).signum() > 0;
  }

  /** The instance in double precision. */
  public GroupedDesign groupedDesign() {
    return Rationals.groupedDesign(groups, design, responses);
  }

  /** One line: the sizes, theta and eps (the checkers' instance label). */
  public String describe() {
    return "n=" + samples() + ", p=" + groups.dimension() + ", L=" + groups.groupCount()
        + ", theta=" + theta + ", eps=" + epsilon;
  }
}
