package org.tacit.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile submissions: each scores zero on the affected question (or on all, for an unusable
 * file) with a stated reason, never an exception, and never builds a huge number.
 */
class HostileSubmissionTest {

  @TempDir
  static Path dir;
  static Assignment ms;
  static Map<String, Reference> references;

  @BeforeAll
  static void load() {
    ms = AssignmentLoader.load(GradeExamplesTest.EXAMPLES.resolve("ms-assignment.yaml"));
    references = ReferenceSolver.solve(ms);
  }

  /** The full-marks answers with q4 (rho, 2 points) replaced by {@code q4}. */
  private static StudentGrade withQ4(String name, String q4) throws Exception {
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, "{\"answers\": {\"q1\": [\"0\", \"0\", \"1\"], \"q2\": true,"
        + " \"q3\": [2], \"q4\": " + q4 + ", \"q5\": false, \"q6\": [0, -2]}}");
    return Scorer.grade(ms, references, Submission.read(file));
  }

  private static void assertQ4Invalid(StudentGrade grade, String reason) {
    assertEquals(11.0, grade.total(), grade.scores().toString());
    QuestionScore q4 = grade.scores().get(3);
    assertEquals("invalid", q4.outcome(), q4.toString());
    assertTrue(q4.why().contains(reason), q4.why());
  }

  @Test
  void absurdNumbersScoreZeroWithTheReason() throws Exception {
    assertQ4Invalid(withQ4("zero-denominator", "\"1/0\""), "zero denominator");
    assertQ4Invalid(withQ4("huge-exponent", "\"1e999999\""), "exponent");
    assertQ4Invalid(withQ4("huge-exponent-literal", "1e999999"), "exponent");
    assertQ4Invalid(withQ4("tiny-exponent", "\"1e-999999999\""), "exponent");
    assertQ4Invalid(withQ4("nan", "\"NaN\""), "not a rational");
    assertQ4Invalid(withQ4("infinity", "\"-Infinity\""), "not a rational");
    assertQ4Invalid(withQ4("million-digits", "\"" + "7".repeat(1_000_000) + "/3\""),
        "characters");
    assertQ4Invalid(withQ4("object", "{\"p\": 1}"), "found object");
    assertQ4Invalid(withQ4("boolean", "true"), "found boolean");
    assertQ4Invalid(withQ4("array", "[\"1/3\"]"), "found array");
  }

  @Test
  void nanLiteralIsMalformedJson() throws Exception {
    StudentGrade grade = withQ4("nan-literal", "NaN");
    assertEquals(0.0, grade.total());
    assertTrue(grade.problem().startsWith("malformed JSON"), grade.problem());
  }

  @Test
  void wrongShapesAndLengths() throws Exception {
    Path file = dir.resolve("shapes.json");
    Files.writeString(file, "{\"answers\": {\"q1\": [0, 0], \"q2\": \"true\", \"q3\": [2.5],"
        + " \"q4\": \"1/3\", \"q5\": false, \"q6\": [0, -2, 0]}}");
    StudentGrade grade = Scorer.grade(ms, references, Submission.read(file));
    assertEquals(2 + 2, grade.total(), grade.scores().toString());
    for (int k : new int[] {0, 1, 2, 5}) {
      assertEquals("invalid", grade.scores().get(k).outcome(), grade.scores().get(k).toString());
    }
  }

  @Test
  void tooManyNumbersInOneAnswer() throws Exception {
    Path file = dir.resolve("long.json");
    Files.writeString(file, "{\"answers\": {\"q3\": ["
        + "1,".repeat(GradeTolerances.MAX_NUMBERS_PER_ANSWER) + "2]}}");
    QuestionScore q3 = Scorer.grade(ms, references, Submission.read(file)).scores().get(2);
    assertEquals("invalid", q3.outcome());
    assertTrue(q3.why().contains("at most"), q3.why());
  }

  @Test
  void oversizedFileIsNotRead() throws Exception {
    Path file = dir.resolve("big.json");
    Files.writeString(file, "{\"answers\": {}, \"pad\": \""
        + "x".repeat((int) GradeTolerances.MAX_SUBMISSION_BYTES) + "\"}");
    StudentGrade grade = Scorer.grade(ms, references, Submission.read(file));
    assertEquals(0.0, grade.total());
    assertTrue(grade.problem().contains("larger than"), grade.problem());
  }

  @Test
  void unusableFilesAndIds() throws Exception {
    Path notObject = dir.resolve("list.json");
    Files.writeString(notObject, "[1, 2]");
    assertTrue(Submission.read(notObject).problem().contains("expected a JSON object"));
    Path noAnswers = dir.resolve("no-answers.json");
    Files.writeString(noAnswers, "{\"student\": \"<script>\", \"answer\": {}}");
    Submission submission = Submission.read(noAnswers);
    assertEquals("no \"answers\" object", submission.problem());
    assertEquals("no-answers", submission.student(), "a non-plain student field is not used");
    Submission missing = Submission.read(dir.resolve("absent.json"));
    assertTrue(missing.problem().startsWith("cannot read"), missing.problem());
  }
}
