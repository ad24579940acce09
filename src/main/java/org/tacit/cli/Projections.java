package org.tacit.cli;

import java.util.Arrays;
import java.util.Optional;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.l1rate.model.FeasibleSupport;
import org.tacit.lp.LinearSystem;

/**
 * The entropy Bregman projection as the commands {@code bregman} and {@code flow} need it: first
 * the maximal support (MS Lemma III.2), then the certified projection on it. A solver refusal
 * (empty feasible set, no certificate) becomes a {@link HypothesisException} (exit 3) naming the
 * reason.
 *
 * <p><b>Fast path for the maximal support</b> (proofs-notes/MS/fast-projection.md). The certified
 * projection is first tried on the full mask. A certificate issued there proves that the dual
 * optimum exists (the fixed-point argument of {@link EntropyProjection}), so
 * {@code x = alpha exp(A'^T lambda*)} is a strictly positive solution of {@code A x = y} (the
 * reduced system has exactly the same solutions): every coordinate is in the maximal support and
 * no LP is needed. The output is then identical to that of the exact-LP path, which would have
 * found the full mask and made the same solver call. Without a certificate (or when the solver
 * refuses or fails on the full mask) the exact LP {@link FeasibleSupport#of} decides the mask as
 * before. The claim "no coordinate vanishes on the feasible set" thus rests either on the exact
 * LP's verified dual certificate or on the projection certificate, whose validity (the standard
 * floating-point model) the output already relies on.
 */
final class Projections {

  private Projections() {}

  /**
   * A projection together with the maximal support it was computed on.
   *
   * @param mask the maximal support of {@code {x >= 0 : A x = y}}
   * @param result the projection of {@code alpha 1} restricted to the mask
   */
  record SupportedProjection(boolean[] mask, EntropyProjectionResult result) {

    /** Copies the mask. */
    SupportedProjection {
      mask = mask.clone();
    }

    /** A copy of the mask. */
    @Override
    public boolean[] mask() {
      return mask.clone();
    }
  }

  /**
   * The maximal support: all coordinates when the certified projection at {@code alpha = 1} on
   * the full mask is certified, otherwise by one exact LP (MS Lemma III.2); an empty feasible set
   * exits 3.
   */
  static boolean[] maximalSupport(LinearSystem system) {
    return certifiedOnFullMask(system, 1.0).isPresent() ? fullMask(system) : exactSupport(system);
  }

  /**
   * The projection of {@code alpha 1} on the maximal support: on the full mask when that is
   * certified (then the maximal support is everything), otherwise on the mask of the exact LP;
   * a solver refusal or an empty feasible set exits 3.
   */
  static SupportedProjection projectOnMaximalSupport(LinearSystem system, double alpha) {
    Optional<EntropyProjectionResult> full = certifiedOnFullMask(system, alpha);
    if (full.isPresent()) {
      return new SupportedProjection(fullMask(system), full.get());
    }
    boolean[] mask = exactSupport(system);
    return new SupportedProjection(mask, solve(system, mask, alpha));
  }

  /** The projection of {@code alpha 1} on the mask; a solver refusal exits 3. */
  static EntropyProjectionResult solve(LinearSystem system, boolean[] mask, double alpha) {
    try {
      return new EntropyProjection().solve(
          new EntropyProjectionProblem(system.a(), system.y(), mask), alpha);
    } catch (IllegalArgumentException e) {
      throw new HypothesisException("no certified projection: " + e.getMessage());
    }
  }

  /**
   * The projection on the full mask if the solver issues a certificate, else empty; any refusal
   * or failure of the solver on the full mask (e.g. a Newton system that is not positive definite
   * while the dual diverges because some coordinate vanishes on the feasible set) only means the
   * fast path does not apply.
   */
  private static Optional<EntropyProjectionResult> certifiedOnFullMask(LinearSystem system,
      double alpha) {
    try {
      EntropyProjectionResult result = new EntropyProjection().solve(
          new EntropyProjectionProblem(system.a(), system.y(), fullMask(system)), alpha);
      return result.certificate().certified() ? Optional.of(result) : Optional.empty();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static boolean[] exactSupport(LinearSystem system) {
    try {
      return FeasibleSupport.of(system).mask();
    } catch (IllegalArgumentException e) {
      throw new HypothesisException(e.getMessage() + " (the projection needs a feasible point)");
    }
  }

  private static boolean[] fullMask(LinearSystem system) {
    boolean[] mask = new boolean[system.cols()];
    Arrays.fill(mask, true);
    return mask;
  }
}
