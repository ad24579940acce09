package org.tacit.lp;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * Runs an {@link LpSolver} on an {@link LpInstance} and checks the result against what the
 * instance's construction proves: the status, the certificate ({@link LpCertificateVerifier} at
 * the given tolerance, 0 for exact), and for feasible-bounded instances the sandwich
 * {@code dualWitness <= optimum <= primalWitness} (minimization; reversed for maximization) given
 * by weak duality. Not a paper item: the spec ID is {@link LpCertificateVerifier#SPEC_ID}.
 *
 * <p>Spec: no paper item; the {@code lp} solver layer of the design brief (Tacit issue #3).
 */
public final class LpSolverChecker extends TheoremChecker<LpInstance> {

  private final LpSolver solver;
  private final double tolerance;

  /** A checker of {@code solver}'s results at relative tolerance {@code tolerance} (0: exact). */
  public LpSolverChecker(LpSolver solver, double tolerance) {
    super(LpCertificateVerifier.SPEC_ID);
    this.solver = solver;
    this.tolerance = tolerance;
  }

  @Override
  public String describe(LpInstance instance) {
    return instance.description() + " by " + solver.name();
  }

  @Override
  protected List<Check> evaluate(LpInstance instance, Hypotheses hypotheses) {
    LpResult result = solver.solve(instance.program());
    String id = specId();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(id, "status " + result.status() + " = expected " + instance.expected(),
        BigRational.of(result.status().ordinal()), BigRational.of(instance.expected().ordinal())));
    if (result.status() == instance.expected()) {
      checks.addAll(LpCertificateVerifier.verify(instance.program(), result, tolerance).checks());
      BigRational optimum = result.objective();
      BigRational primal = instance.primalWitnessValue();
      BigRational dual = instance.dualWitnessValue();
      if (optimum != null && primal != null && dual != null) {
        int sigma = instance.program().sense().sign();
        BigRational slack = BigRational.valueOf(tolerance)
            .multiply(BigRational.ONE.max(optimum.abs()));
        BigRational signed = optimum.multiply(BigRational.of(sigma));
        checks.add(Check.lessOrEqual(id, "weak duality: sense * dual witness <= sense * optimum",
            dual.multiply(BigRational.of(sigma)).subtract(slack), signed));
        checks.add(Check.lessOrEqual(id, "sense * optimum <= sense * primal witness",
            signed, primal.multiply(BigRational.of(sigma)).add(slack)));
      }
    }
    return checks;
  }
}
