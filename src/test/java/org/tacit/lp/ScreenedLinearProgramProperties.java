package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.Verdict;

/**
 * {@link ScreenedLinearProgram} (double screen on a perturbed right side, exact solution from its
 * basis) against the cold exact simplex method (an independent exact route: no double basis, no
 * perturbation): same status and exactly the same optimal value, a certificate that passes
 * {@link LpCertificateVerifier#verifyExact}; and the screen's objective within 1e-6 relative of the
 * exact optimum (the perturbation is 1e-6 relative on right sides of order 1..10 and the duals of
 * these programs are of order 1..100; the bound is the perturbation times a dual-norm allowance,
 * stated loosely because the screen carries no guarantee and only steers). Examples per property:
 * {@code -Dtacit.tries}.
 */
class ScreenedLinearProgramProperties {

  @Test
  void exactFromTheScreenEqualsColdExact() {
    List<String> screenErrors = new ArrayList<>();
    PropertyHarness.forAll("LP screened vs cold exact", RandomLpFamily.feasibleBounded(),
        instance -> {
          LinearProgram program = instance.program();
          LpResult cold = new ExactSimplexSolver(false).solve(program);
          ScreenedLinearProgram screened = ScreenedLinearProgram.solve(program);
          LpResult exact = screened.exact();
          assertThat(screened.exact()).isSameAs(exact);
          List<Check> checks = new ArrayList<>();
          checks.add(Check.equal("LP:certificate", "status", exact.status().ordinal(),
              cold.status().ordinal(), 0));
          BigRational value = exact.objective() == null ? BigRational.ZERO : exact.objective();
          BigRational reference = cold.objective() == null ? BigRational.ZERO : cold.objective();
          checks.add(Check.equal("LP:certificate", "objective = cold exact objective", reference, value));
          Verdict certificate = LpCertificateVerifier.verifyExact(program, exact);
          assertThat(certificate.holds()).as(certificate.describe()).isTrue();
          if (screened.screened() && screened.screenedStatus() == LpStatus.OPTIMAL) {
            double scale = Math.max(1, Math.abs(reference.doubleValue()));
            double error = Math.abs(screened.screenedObjective() - reference.doubleValue());
            screenErrors.add(String.valueOf(error / scale));
            checks.add(Check.lessOrEqual("LP:certificate", "screen objective within 1e-6 relative",
                error, 1e-6 * scale, 0));
            assertThat(screened.screenedPoint()).hasSize(program.numColumns());
          }
          return Verdict.of(LpCertificateVerifier.SPEC_ID, program.name(), checks);
        }, PropertyHarness.tries());
    assertThat(screenErrors).isNotEmpty();
  }

  @Test
  void infeasibleProgramsAreCertifiedExactly() {
    PropertyHarness.forAll("LP screened infeasible", RandomLpFamily.infeasible(), instance -> {
      LpResult exact = ScreenedLinearProgram.solve(instance.program()).exact();
      Verdict certificate = LpCertificateVerifier.verifyExact(instance.program(), exact);
      return Verdict.of(LpCertificateVerifier.SPEC_ID, instance.program().name(), List.of(
          Check.equal("LP:certificate", "status infeasible", exact.status().ordinal(),
              LpStatus.INFEASIBLE.ordinal(), 0),
          Check.equal("LP:certificate", "certificate holds", certificate.holds() ? 1 : 0, 1, 0)));
    }, PropertyHarness.tries());
  }
}
