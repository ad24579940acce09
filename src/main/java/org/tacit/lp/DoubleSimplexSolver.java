package org.tacit.lp;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The simplex method in double precision ({@link TableauSimplex} over doubles with the
 * tolerances of {@link LpTolerances}). Its certificate is exact rational arithmetic on its
 * doubles; check it with {@link LpCertificateVerifier#verify(LinearProgram, LpResult, double)} at
 * {@link LpTolerances#DOUBLE_CERTIFICATE}. Throws {@link IllegalStateException} when the
 * iteration limit is reached (numerical cycling).
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 */
public final class DoubleSimplexSolver implements LpSolver {

  @Override
  public String name() {
    return "double simplex";
  }

  /**
   * Solves {@code program}: first on the right side perturbed by
   * {@link LpTolerances#BASIS_SEARCH_PERTURBATION} (which spares the degenerate pivots of
   * {@code A n = 0}-type rows); if that ends optimal and its basis is feasible for the true right
   * side, phase 2 continues from that basis on the true data and its result is returned. Otherwise
   * (or if the perturbed run fails) the method runs afresh on the true data.
   */
  @Override
  public LpResult solve(LinearProgram program) {
    StandardForm form = new StandardForm(program);
    try {
      TableauSimplex<Double> engine = new TableauSimplex<>(DoubleField.INSTANCE, form);
      engine.perturbRightSide(LpTolerances.BASIS_SEARCH_PERTURBATION);
      if (engine.solve() == TableauSimplex.Outcome.OPTIMAL) {
        engine.removePerturbation();
        TableauSimplex.Outcome outcome = engine.resumeIfFeasible();
        if (outcome != null) {
          return ResultTranslation.translate(form, engine, outcome, DoubleField.INSTANCE);
        }
      }
    } catch (IllegalStateException e) {
      // numerical trouble in the perturbed run: solve the true program from scratch below
    }
    TableauSimplex<Double> engine = new TableauSimplex<>(DoubleField.INSTANCE, form);
    TableauSimplex.Outcome outcome = engine.solve();
    return ResultTranslation.translate(form, engine, outcome, DoubleField.INSTANCE);
  }

  /**
   * The standard columns of the final basis the double method reaches on {@code form}, or an
   * empty array if it fails in any way (iteration limit, singular basis, overflow of huge
   * coefficients); used as the exact solver's warm start, whose correctness does not depend on it.
   */
  static int[] finalBasis(StandardForm form) {
    TableauSimplex<Double> engine = basisSearch(form);
    return engine == null ? new int[0] : engine.basicColumns();
  }

  /**
   * A double engine on {@code form} after a basis search: first on the right side perturbed by
   * {@link LpTolerances#BASIS_SEARCH_PERTURBATION} (then restored, so the engine's tableau is that
   * of the final basis for the true data), without the confirming final refactorization (the
   * basis is certified exactly or only steers), and if that run does not end optimal, on the true
   * right side. Null when the method fails (iteration limit, singular basis); the engine's
   * {@link TableauSimplex#lastOutcome()} says how the run ended.
   */
  static @Nullable TableauSimplex<Double> basisSearch(StandardForm form) {
    try {
      TableauSimplex<Double> engine = new TableauSimplex<>(DoubleField.INSTANCE, form);
      engine.basisSearchOnly();
      engine.perturbRightSide(LpTolerances.BASIS_SEARCH_PERTURBATION);
      if (engine.solve() == TableauSimplex.Outcome.OPTIMAL) {
        engine.removePerturbation();
        return engine;
      }
    } catch (RuntimeException e) {
      // fall through to the unperturbed run
    }
    try {
      TableauSimplex<Double> engine = new TableauSimplex<>(DoubleField.INSTANCE, form);
      engine.solve();
      return engine;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
