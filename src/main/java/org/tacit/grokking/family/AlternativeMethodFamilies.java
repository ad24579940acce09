package org.tacit.grokking.family;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.ProjectedSubgradientInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of TDR Appendix D's alternative methods: exact projected subgradient runs on
 * rational designs of full row rank with noiseless targets (the method's hypotheses), built so.
 *
 * <p>Spec: {@code TDR:eq-117}, {@code TDR:eq-116}, {@code TDR:rem-3.1.6}, {@code TDR:rem-D.1.2}.
 */
public final class AlternativeMethodFamilies {

  private AlternativeMethodFamilies() {}

  /**
   * N in [1, 3], n in [N + 1, 6], X of full row rank (entries in [-3, 3]), a* with 1 or 2
   * non-zeros, xi = 0, alpha = k/8 (k in [1, 8]), beta = j/16 (j in [1, 16]), a^(1) rational in
   * [-3, 3], 3 to 12 steps.
   */
  public static InstanceFamily<ProjectedSubgradientInstance> projectedSubgradient() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational X (N < n <= 6, full row rank), sparse a*, xi = 0, alpha in (0, 1],"
            + " beta in (0, 1], 3..12 exact projected subgradient steps";
      }

      @Override
      public ProjectedSubgradientInstance draw(Draws draws) {
        int samples = draws.intBetween(1, 3);
        int dimension = draws.intBetween(samples + 1, 6);
        RationalMatrix x = SparseRecoveryFamilies.designOfRank(draws, samples, dimension,
            samples);
        BigRational[] truth = SparseRecoveryFamilies.sparseTruth(draws, dimension,
            draws.intBetween(1, 2));
        return new ProjectedSubgradientInstance(new SparseRecoveryData(x, truth,
            ExactVectors.zeros(samples)), BigRational.of(draws.between(1, 8), 8),
            BigRational.of(draws.between(1, 16), 16),
            SparseRecoveryFamilies.rationalVector(draws, dimension, 3, 2),
            draws.intBetween(3, 12));
      }
    };
  }
}
