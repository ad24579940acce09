package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.group.family.VectorFieldFamilies;
import org.tacit.group.model.PolynomialField;
import org.tacit.group.model.VectorFieldTriple;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/** LNHW Definition 1: antisymmetry, Leibniz, Jacobi and linear fields, exactly. */
class LieBracketDefinitionProperties {

  private final LieBracketDefinitionChecker checker = new LieBracketDefinitionChecker();

  @Test
  @Verifies("LNHW:def-1")
  void bracketIdentitiesHoldOnRandomPolynomialFields() {
    PropertyHarness.verify("LNHW:def-1",
        new CheckSuite<>(checker, VectorFieldFamilies.polynomialTriples()));
  }

  @Test
  void rejectsFieldsOfDifferentDimensions() {
    SeededDraws draws = new SeededDraws(1);
    PolynomialField two = VectorFieldFamilies.field(draws, 2);
    Verdict verdict = checker.check(new VectorFieldTriple(two, two,
        VectorFieldFamilies.field(draws, 3), RationalMatrix.identity(2),
        RationalMatrix.identity(2), List.of(BigRational.ONE, BigRational.ONE)));
    assertThat(verdict.hypothesisFailure()).isEqualTo("X, Y, Z, A, B and x live in one R^D");
  }
}
