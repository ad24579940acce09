package org.tacit.lp;

/**
 * Solves a {@link LinearProgram} and returns its status with a certificate in terms of the
 * original model (see {@link LpResult}).
 *
 * <p>Implementations: {@link ExactSimplexSolver} (exact rationals; verifies its certificate
 * before returning) and {@link DoubleSimplexSolver} (doubles with the tolerances of
 * {@link LpTolerances}).
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 */
public interface LpSolver {

  /** A short name, e.g. {@code "exact simplex"}. */
  String name();

  /** Solves {@code program}. */
  LpResult solve(LinearProgram program);
}
