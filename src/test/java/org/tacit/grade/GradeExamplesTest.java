package org.tacit.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.model.AssumptionII1Report;

/**
 * The example assignments of {@code examples/grading}: the references equal the values derived by
 * hand (stated in the assignment files), and every example submission scores exactly the points
 * its one defect should cost.
 */
class GradeExamplesTest {

  static final Path EXAMPLES = Path.of("examples", "grading");
  static Assignment ms;
  static Assignment nrss;
  static Map<String, Reference> msReferences;
  static Map<String, Reference> nrssReferences;

  @BeforeAll
  static void load() {
    ms = AssignmentLoader.load(EXAMPLES.resolve("ms-assignment.yaml"));
    nrss = AssignmentLoader.load(EXAMPLES.resolve("nrss-assignment.yaml"));
    msReferences = ReferenceSolver.solve(ms);
    nrssReferences = ReferenceSolver.solve(nrss);
  }

  private static BigRational r(String text) {
    return BigRational.parse(text);
  }

  /**
   * A = [[1,0,2],[0,1,1]], y = (2,1): nonnegative solutions (2-2t, 1-t, t), ||x||_1 = 3 - 2t on
   * [0,1], so x* = (0,0,1), unique, S = {2}; ker A = span(2,1,-1), the slice Q is the point
   * (2/3,1/3,-1/3), rho = 1/3. A = I, y = (1,1) has one solution: II.1(b) fails. x1 + 2 x2 = -4:
   * the dual certificate lambda = -1/2 (A^T lambda = (-1/2, -1), b^T lambda = 2 = ||(0,-2)||_1)
   * proves x* = (0,-2).
   */
  @Test
  void msReferencesAreTheHandValues() {
    assertEquals(List.of(r("0"), r("0"), r("1")), List.of(msReferences.get("q1").values()));
    assertTrue(msReferences.get("q2").verdict());
    assertEquals(List.of(2), java.util.Arrays.stream(msReferences.get("q3").set()).boxed()
        .toList());
    assertEquals(r("1/3"), msReferences.get("q4").values()[0]);
    assertTrue(msReferences.get("q4").exact());
    assertFalse(msReferences.get("q5").verdict());
    assertTrue(msReferences.get("q5").certificate().contains(AssumptionII1Report.PART_B),
        msReferences.get("q5").certificate());
    assertEquals(List.of(r("0"), r("-2")), List.of(msReferences.get("q6").values()));
  }

  /** diag(1,3,1/2): 3; [[2,1],[1,2]]: eigenvalues 1, 3, step 2/3; diag(4,1): step 1/2. */
  @Test
  void nrssReferencesContainTheHandValuesWithinTheirCertifiedError() {
    assertWithin(r("3"), nrssReferences.get("n1"));
    assertWithin(r("3"), nrssReferences.get("n2"));
    assertWithin(r("2/3"), nrssReferences.get("n3"));
    assertWithin(r("1/2"), nrssReferences.get("n4"));
  }

  private static void assertWithin(BigRational truth, Reference reference) {
    assertFalse(reference.exact());
    BigRational error = reference.values()[0].subtract(truth).abs();
    assertTrue(error.compareTo(reference.error()) <= 0,
        "|reference - " + truth + "| = " + error.doubleValue() + " > " + reference.error());
    assertTrue(reference.error().doubleValue() < 1e-13, "bound too loose to grade with");
  }

  /** Each example submission, its total, and the one question it loses points on. */
  @Test
  void msSubmissionsLoseExactlyTheirDefect() {
    assertEquals(13.0, ms.totalPoints());
    expect(ms, msReferences, "submissions-ms/alice-full.json", 13, "");
    expect(ms, msReferences, "submissions-ms/bob-q1-right-support.json", 11, "q1");
    expect(ms, msReferences, "submissions-ms/carol-q4-decimal.json", 11, "q4");
    expect(ms, msReferences, "submissions-ms/dave-q5-verdict.json", 11, "q5");
    expect(ms, msReferences, "submissions-ms/erin-q6-sign-pattern.json", 11.5, "q6");
    expect(ms, msReferences, "submissions-ms/frank-q2-missing.json", 12, "q2");
    expect(ms, msReferences, "submissions-ms/grace-q4-huge-exponent.json", 11, "q4");
    StudentGrade heidi = grade(ms, msReferences, "submissions-ms/heidi-malformed.json");
    assertEquals(0, heidi.total());
    assertTrue(heidi.problem().startsWith("malformed JSON"), heidi.problem());
  }

  @Test
  void nrssSubmissionsLoseExactlyTheirDefect() {
    assertEquals(7.0, nrss.totalPoints());
    expect(nrss, nrssReferences, "submissions-nrss/ivan-full.json", 7, "");
    expect(nrss, nrssReferences, "submissions-nrss/judy-n3-tolerance.json", 5, "n3");
    expect(nrss, nrssReferences, "submissions-nrss/mallory-n1-nan.json", 5, "n1");
    expect(nrss, nrssReferences, "submissions-nrss/oscar-n2-outside-bound.json", 5, "n2");
  }

  @Test
  void partialCreditIsExplained() {
    QuestionScore q1 = grade(ms, msReferences, "submissions-ms/bob-q1-right-support.json")
        .scores().get(0);
    assertEquals("partial", q1.outcome());
    assertEquals(2.0, q1.awarded());
    assertTrue(q1.why().contains("right support"), q1.why());
    QuestionScore q6 = grade(ms, msReferences, "submissions-ms/erin-q6-sign-pattern.json")
        .scores().get(5);
    assertEquals(1.5, q6.awarded());
    assertTrue(q6.why().contains("sign pattern 0-"), q6.why());
    QuestionScore q4 = grade(ms, msReferences, "submissions-ms/grace-q4-huge-exponent.json")
        .scores().get(3);
    assertEquals("invalid", q4.outcome());
    assertTrue(q4.why().contains("exponent"), q4.why());
  }

  /** The reference answers written by --solution grade to full marks (round trip). */
  @Test
  void referenceSubmissionGradesFullMarks() throws Exception {
    for (Assignment assignment : List.of(ms, nrss)) {
      Map<String, Reference> references = ReferenceSolver.solve(assignment);
      Path file = Files.createTempFile("reference", ".json");
      try {
        Files.writeString(file, new ObjectMapper().writeValueAsString(
            SolutionSheet.submission(assignment, references)));
        StudentGrade grade = Scorer.grade(assignment, references, Submission.read(file));
        assertEquals(assignment.totalPoints(), grade.total(), grade.scores().toString());
      } finally {
        Files.delete(file);
      }
    }
  }

  private static StudentGrade grade(Assignment assignment, Map<String, Reference> references,
      String file) {
    return Scorer.grade(assignment, references, Submission.read(EXAMPLES.resolve(file)));
  }

  private static void expect(Assignment assignment, Map<String, Reference> references,
      String file, double total, String losing) {
    StudentGrade grade = grade(assignment, references, file);
    assertEquals(total, grade.total(), file + ": " + grade.scores());
    for (QuestionScore score : grade.scores()) {
      boolean full = score.awarded() == score.points();
      assertEquals(!score.id().equals(losing), full, file + " " + score);
    }
  }
}
