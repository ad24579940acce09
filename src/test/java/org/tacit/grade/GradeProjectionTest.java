package org.tacit.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.exact.BigRational;
import org.tacit.io.UserInputException;

/**
 * Entropy-projection questions (MS rem-I.2): the references of
 * {@code examples/grading/ms-projection-assignment.yaml} contain the hand values within their
 * certified error, the example submissions lose exactly their defect, and alpha is required
 * where it is used and refused elsewhere.
 */
class GradeProjectionTest {

  @TempDir
  Path dir;

  /**
   * p1: A = [1 2], y = 1, alpha = 1: x = (t, t^2), t + 2 t^2 = 1, t = 1/2, x = (1/2, 1/4).
   * p2: A = [1 1], y = 1: x = (1/2, 1/2) by symmetry, for every alpha.
   */
  @Test
  void referencesContainTheHandValuesWithinTheirCertifiedError() {
    Assignment assignment = AssignmentLoader.load(
        GradeExamplesTest.EXAMPLES.resolve("ms-projection-assignment.yaml"));
    Map<String, Reference> references = ReferenceSolver.solve(assignment);
    assertWithin(new BigRational[] {BigRational.of(1, 2), BigRational.of(1, 4)},
        references.get("p1"));
    assertWithin(new BigRational[] {BigRational.of(1, 2), BigRational.of(1, 2)},
        references.get("p2"));
    assertEquals(5.0, assignment.totalPoints());
    StudentGrade peggy = Scorer.grade(assignment, references, Submission.read(
        GradeExamplesTest.EXAMPLES.resolve("submissions-projection/peggy-full.json")));
    assertEquals(5.0, peggy.total(), peggy.scores().toString());
    StudentGrade quinn = Scorer.grade(assignment, references, Submission.read(
        GradeExamplesTest.EXAMPLES.resolve("submissions-projection/quinn-p1-wrong.json")));
    assertEquals(2.0, quinn.total(), quinn.scores().toString());
    assertEquals("wrong", quinn.scores().get(0).outcome());
  }

  private static void assertWithin(BigRational[] truth, Reference reference) {
    assertFalse(reference.exact());
    for (int i = 0; i < truth.length; i++) {
      BigRational error = reference.values()[i].subtract(truth[i]).abs();
      assertTrue(error.compareTo(reference.error()) <= 0,
          "|x_" + i + " - " + truth[i] + "| = " + error.doubleValue() + " > " + reference.error());
    }
    assertTrue(reference.error().doubleValue() < 1e-12, "bound too loose to grade with");
  }

  @Test
  void alphaIsRequiredWhereItIsUsedAndRefusedElsewhere() throws Exception {
    String head = "title: T\nquestions:\n  - id: p\n    text: t\n";
    assertProblem(head + "    quantity: entropy-projection\n    instance: {A: [[1, 1]], y: [1]}\n"
        + "    points: 1\n", "p.alpha: missing");
    assertProblem(head + "    quantity: ms-rho\n    alpha: 1\n"
        + "    instance: {A: [[1, 1]], y: [1]}\n    points: 1\n", "only entropy-projection");
    assertProblem(head + "    quantity: entropy-projection\n    alpha: 0\n"
        + "    instance: {A: [[1, 1]], y: [1]}\n    points: 1\n", "expected a number in");
    assertProblem(head + "    quantity: entropy-projection\n    alpha: 1\n"
        + "    instance: {A: [[1, 1]], y: [-1]}\n    points: 1\n", "feasible point");
  }

  private void assertProblem(String yaml, String expected) throws Exception {
    Path file = dir.resolve("a.yaml");
    Files.writeString(file, yaml);
    String message = assertThrows(UserInputException.class,
        () -> ReferenceSolver.solve(AssignmentLoader.load(file))).getMessage();
    assertTrue(message.contains(expected), message);
    assertFalse(message.contains("\n"), message);
  }
}
