package org.tacit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tacit grade}: the three modes end to end on the examples, and the exit codes. */
class GradeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("examples", "grading");
  private static final String MS = EXAMPLES.resolve("ms-assignment.yaml").toString();

  @TempDir
  Path dir;

  private static TacitMainTest.Run run(String... args) {
    return TacitMainTest.run(args);
  }

  @Test
  void singleSubmissionExplainsLostPointsAndWritesTheReport() throws Exception {
    Path html = dir.resolve("report.html");
    TacitMainTest.Run r = run("grade", "--assignment", MS, "--submission",
        EXAMPLES.resolve("submissions-ms/carol-q4-decimal.json").toString(),
        "--report", html.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode json = JSON.readTree(r.out());
    assertEquals(11.0, json.get("total").asDouble());
    assertEquals(13.0, json.get("points").asDouble());
    JsonNode q4 = json.get("questions").get(3);
    assertEquals("wrong", q4.get("outcome").asText());
    assertEquals("1/3", q4.get("expected").asText());
    assertEquals("333/1000", q4.get("got").asText());
    assertTrue(q4.get("tolerance").asText().startsWith("exact"), q4.toString());
    assertTrue(Files.readString(html).contains("333/1000"));
  }

  @Test
  void batchWritesTheGradebookInSortedOrder() throws Exception {
    Path book = dir.resolve("grades.csv");
    TacitMainTest.Run r = run("grade", "--assignment", MS, "--submissions",
        EXAMPLES.resolve("submissions-ms").toString(), "--gradebook", book.toString());
    assertEquals(0, r.code(), "a malformed submission never fails the batch: " + r.err());
    List<String> lines = Files.readAllLines(book);
    assertEquals("student,file,q1,q2,q3,q4,q5,q6,total", lines.get(0));
    assertEquals("alice,\"alice-full.json\",4,1,1,2,2,3,13", lines.get(1));
    assertEquals("erin,\"erin-q6-sign-pattern.json\",4,1,1,2,2,1.5,11.5", lines.get(5));
    assertEquals("heidi-malformed,\"heidi-malformed.json\",0,0,0,0,0,0,0", lines.get(8));
    assertEquals(9, lines.size());
  }

  @Test
  void solutionRoundTripsToFullMarks() throws Exception {
    TacitMainTest.Run r = run("grade", "--solution", MS, "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    Path answers = dir.resolve("reference-submission.json");
    assertTrue(Files.readString(dir.resolve("solutions.md")).contains("Certificate"));
    TacitMainTest.Run graded =
        run("grade", "--assignment", MS, "--submission", answers.toString());
    assertEquals(13.0, JSON.readTree(graded.out()).get("total").asDouble());
  }

  @Test
  void badAssignmentIsOneLineExitTwo() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "title: T\nquestions:\n  - id: q\n    text: t\n    quantity: nope\n");
    TacitMainTest.Run r =
        run("grade", "--assignment", bad.toString(), "--submission", "x.json");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("unknown 'nope'"), r.err());
  }

  @Test
  void inconsistentOptionsExitTwo() {
    assertEquals(2, run("grade", "--assignment", MS).code());
    assertEquals(2, run("grade", "--assignment", MS, "--submissions", "d").code());
    assertEquals(2, run("grade", "--solution", MS, "--submission", "s.json").code());
  }
}
