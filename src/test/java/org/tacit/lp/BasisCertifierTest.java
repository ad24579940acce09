package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;

/**
 * {@link BasisCertifier} on an LP small enough to enumerate its bases by hand:
 * {@code minimize -x1 - 2 x2} subject to {@code x1 + x2 + s1 = 4}, {@code x2 + s2 = 3},
 * {@code x >= 0}; the optimum is {@code x = (1, 3)}, value -7, duals {@code (-1, -1)}.
 * Standard columns: {@code x1, x2, s1, s2}.
 */
class BasisCertifierTest {

  private static LinearProgram program() {
    BigRational one = BigRational.ONE;
    LinearProgram.Builder builder = LinearProgram.builder().name("hand")
        .sense(ObjectiveSense.MINIMIZE);
    builder.addColumn("x1", BigRational.of(-1));
    builder.addColumn("x2", BigRational.of(-2));
    builder.addRow("r1", Map.of(0, one, 1, one), RowSense.LESS_OR_EQUAL, BigRational.of(4));
    builder.addRow("r2", Map.of(1, one), RowSense.LESS_OR_EQUAL, BigRational.of(3));
    return builder.build();
  }

  @Test
  void certifiesTheOptimalBasisWithItsDuals() {
    LinearProgram program = program();
    LpResult result = BasisCertifier.certify(new StandardForm(program), new int[] {0, 1});
    assertThat(result).isNotNull();
    assertThat(result.objective()).isEqualTo(BigRational.of(-7));
    assertThat(result.x()).containsExactly(BigRational.ONE, BigRational.of(3));
    assertThat(result.rowDuals()).containsExactly(BigRational.of(-1), BigRational.of(-1));
    assertThat(LpCertificateVerifier.verifyExact(program, result).holds()).isTrue();
  }

  @Test
  void rejectsAFeasibleButNotOptimalBasis() {
    // basis {s1, s2}: x = 0 is feasible, but x2 has reduced cost -2
    assertThat(BasisCertifier.certify(new StandardForm(program()), new int[] {2, 3})).isNull();
  }

  @Test
  void rejectsAnInfeasibleBasis() {
    // basis {x2, s2}: row 1 gives x2 = 4, row 2 then s2 = 3 - 4 = -1
    assertThat(BasisCertifier.certify(new StandardForm(program()), new int[] {1, 3})).isNull();
  }

  @Test
  void rejectsADependentBasis() {
    assertThat(BasisCertifier.certify(new StandardForm(program()), new int[] {0, 0})).isNull();
  }

  @Test
  void warmStartedExactSolverUsesTheCertificateWithoutPivots() {
    LpResult result = new ExactSimplexSolver(true).solve(program());
    assertThat(result.objective()).isEqualTo(BigRational.of(-7));
    assertThat(result.pivots()).isZero();
  }
}
