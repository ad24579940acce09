package org.tacit.lp;

import org.tacit.exact.BigRational;
import org.tacit.verify.Verdict;

/**
 * The exact rational simplex method ({@link TableauSimplex} over exact rationals): every pivot
 * decision is exact, termination is guaranteed by the Bland fallback, and the certificate is
 * checked exactly by {@link LpCertificateVerifier} before the result is returned.
 *
 * <p>Warm start (default on): the program is first solved by {@link DoubleSimplexSolver}. Its
 * final basis is first handed to {@link BasisCertifier}, which proves it optimal exactly by two
 * fraction-free linear solves and one exact pricing pass (no simplex pivots; the result then
 * reports 0 pivots). If that fails (the basis is not exactly primal and dual feasible), the basis
 * is pivoted into the exact tableau; if it is not exactly feasible there the exact method starts
 * afresh. The hint only saves work: optimality, infeasibility or unboundedness is still proved
 * exactly.
 *
 * <p>Throws {@link IllegalStateException} if the certificate fails the exact check: that would be
 * a bug in this class, never a property of the input.
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 */
public final class ExactSimplexSolver implements LpSolver {

  private final boolean warmStart;

  /** An exact solver with the double-precision warm start. */
  public ExactSimplexSolver() {
    this(true);
  }

  /** An exact solver; {@code warmStart} chooses whether to start from a double basis. */
  public ExactSimplexSolver(boolean warmStart) {
    this.warmStart = warmStart;
  }

  @Override
  public String name() {
    return warmStart ? "exact simplex (double warm start)" : "exact simplex";
  }

  @Override
  public LpResult solve(LinearProgram program) {
    StandardForm form = new StandardForm(program);
    return solveExactly(form, warmStart ? DoubleSimplexSolver.finalBasis(form) : new int[0]);
  }

  /**
   * The exact, verified result of {@code form}'s program, starting from the standard columns
   * {@code hint} (a double method's final basis; empty for a cold start).
   */
  static LpResult solveExactly(StandardForm form, int[] hint) {
    LpResult result = null;
    TableauSimplex<BigRational> engine = new TableauSimplex<>(RationalField.INSTANCE, form);
    if (hint.length > 0) {
      result = BasisCertifier.certify(form, hint);
      if (result == null) {
        engine.warmStart(hint);
      }
    }
    if (result == null) {
      TableauSimplex.Outcome outcome = engine.solve();
      result = ResultTranslation.translate(form, engine, outcome, RationalField.INSTANCE);
    }
    Verdict verdict = LpCertificateVerifier.verifyExact(form.program(), result);
    if (!verdict.holds()) {
      throw new IllegalStateException("exact simplex produced an invalid certificate (a bug): "
          + verdict.describe());
    }
    return result;
  }
}
