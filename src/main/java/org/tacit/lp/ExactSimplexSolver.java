package org.tacit.lp;

import org.tacit.exact.BigRational;
import org.tacit.verify.Verdict;

/**
 * The exact rational simplex method ({@link TableauSimplex} over exact rationals): every pivot
 * decision is exact, termination is guaranteed by the Bland fallback, and the certificate is
 * checked exactly by {@link LpCertificateVerifier} before the result is returned.
 *
 * <p>Warm start (default on): the program is first solved by {@link DoubleSimplexSolver} and its
 * final basis is pivoted into the exact tableau; if that basis is not exactly feasible the exact
 * method starts afresh. The hint only saves pivots: the exact method still proves optimality,
 * infeasibility or unboundedness on its own.
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
    TableauSimplex<BigRational> engine = new TableauSimplex<>(RationalField.INSTANCE, form);
    if (warmStart) {
      int[] hint = DoubleSimplexSolver.finalBasis(form);
      if (hint.length > 0) {
        engine.warmStart(hint);
      }
    }
    TableauSimplex.Outcome outcome = engine.solve();
    LpResult result = ResultTranslation.translate(form, engine, outcome, RationalField.INSTANCE);
    Verdict verdict = LpCertificateVerifier.verifyExact(program, result);
    if (!verdict.holds()) {
      throw new IllegalStateException("exact simplex produced an invalid certificate (a bug): "
          + verdict.describe());
    }
    return result;
  }
}
