package org.tacit.lp;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;

/**
 * A linear program solved once by the double simplex method (the screen), whose exact solution
 * is computed only on demand, from the same double basis. Branch and bound uses the screen to
 * steer and to skip exact work at nodes where no exact number is needed; every number it relies
 * on for a conclusion comes from {@link #exact()}.
 *
 * <p>Contract: {@link #exact()} returns what {@link ExactSimplexSolver} returns (a result whose
 * certificate passed {@link LpCertificateVerifier#verifyExact}); it is computed at most once. The
 * screen carries no guarantee: {@link #screened()} is false when the double method failed
 * (iteration limit, singular basis), and otherwise its status, objective and point are the
 * double method's, with its tolerances ({@link LpTolerances}).
 *
 * <p>Cost: one double simplex run (on a perturbed right side, see
 * {@link DoubleSimplexSolver#basisSearch}); {@link #exact()} adds the exact certification of its basis
 * (or the exact simplex method when that basis is not exactly optimal). Not thread-safe.
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 */
public final class ScreenedLinearProgram {

  private final StandardForm form;
  private final int[] basis;
  private final boolean screened;
  private final LpStatus status;
  private final double objective;
  private final double[] point;
  private final double[] rowDuals;
  private @Nullable LpResult exact;

  private ScreenedLinearProgram(StandardForm form) {
    this.form = form;
    TableauSimplex<Double> engine = DoubleSimplexSolver.basisSearch(form);
    TableauSimplex.@Nullable Outcome outcome = engine == null ? null : engine.lastOutcome();
    this.screened = outcome != null;
    this.basis = engine == null ? new int[0] : engine.basicColumns();
    this.status = outcome == null ? LpStatus.INFEASIBLE : status(outcome);
    double value = Double.NaN;
    double[] x = new double[0];
    double[] y = new double[0];
    if (engine != null && outcome == TableauSimplex.Outcome.OPTIMAL) {
      BigRational[] multipliers = form.originalRowMultipliers(rational(engine.duals()),
          form.program().sense().sign());
      y = new double[multipliers.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = multipliers[i].doubleValue();
      }
      BigRational[] original = form.originalPoint(rational(engine.primal()));
      x = new double[original.length];
      for (int j = 0; j < x.length; j++) {
        x[j] = original[j].doubleValue();
      }
      value = form.program().objectiveValue(original).doubleValue();
    }
    this.objective = value;
    this.point = x;
    this.rowDuals = y;
  }

  /** Runs the double simplex method on {@code program}. */
  public static ScreenedLinearProgram solve(LinearProgram program) {
    return new ScreenedLinearProgram(new StandardForm(program));
  }

  /** Whether the double method finished (its status, objective and point are then available). */
  public boolean screened() {
    return screened;
  }

  /** The double method's status; meaningful only when {@link #screened()}. */
  public LpStatus screenedStatus() {
    return status;
  }

  /** The double method's objective value (NaN unless its status is optimal). */
  public double screenedObjective() {
    return objective;
  }

  /** The double method's optimal point in the original columns (empty unless optimal). */
  public double[] screenedPoint() {
    return point.clone();
  }

  /**
   * The double method's row duals in the original rows (empty unless optimal): approximately
   * optimal multipliers, with no guarantee (e.g. for an exact bound from multipliers, such as MS's
   * null-space slice bound, which is valid for any multipliers).
   */
  public double[] screenedRowDuals() {
    return rowDuals.clone();
  }

  /** The exact, verified result (computed on the first call). */
  public LpResult exact() {
    LpResult result = exact;
    if (result == null) {
      result = ExactSimplexSolver.solveExactly(form, basis);
      exact = result;
    }
    return result;
  }

  private static LpStatus status(TableauSimplex.Outcome outcome) {
    switch (outcome) {
      case OPTIMAL:
        return LpStatus.OPTIMAL;
      case INFEASIBLE:
        return LpStatus.INFEASIBLE;
      default:
        return LpStatus.UNBOUNDED;
    }
  }

  private static BigRational[] rational(Double[] values) {
    BigRational[] out = new BigRational[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = DoubleField.INSTANCE.toRational(values[k]);
    }
    return out;
  }
}
