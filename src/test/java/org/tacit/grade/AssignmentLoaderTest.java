package org.tacit.grade;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.io.UserInputException;

/** A bad assignment is the instructor's error: one UserInputException naming the problem. */
class AssignmentLoaderTest {

  @TempDir
  Path dir;

  private static final String GOOD_QUESTION = "  - id: q1\n    text: t\n"
      + "    quantity: lambda-max\n    instance: {H: [[1, 0], [0, 2]]}\n    points: 1\n";

  private String problem(String yaml) throws Exception {
    Path file = dir.resolve("a.yaml");
    Files.writeString(file, yaml);
    return assertThrows(UserInputException.class, () -> {
      Assignment assignment = AssignmentLoader.load(file);
      ReferenceSolver.solve(assignment);
    }).getMessage();
  }

  private void assertProblem(String yaml, String expected) throws Exception {
    String message = problem(yaml);
    assertTrue(message.contains(expected), message);
    assertTrue(!message.contains("\n"), "one line: " + message);
  }

  @Test
  void eachMistakeIsNamed() throws Exception {
    String head = "title: T\nquestions:\n";
    assertProblem(head + GOOD_QUESTION.replace("lambda-max", "rho-hat"), "unknown 'rho-hat'");
    assertProblem(head + GOOD_QUESTION + "    policy: exact\n", "'exact' does not apply");
    assertProblem(head + GOOD_QUESTION + "    policy: absolute\n", "required by policy");
    assertProblem(head + GOOD_QUESTION.replace("[0, 2]]", "[1, 2]]"), "not symmetric");
    assertProblem(head + GOOD_QUESTION + GOOD_QUESTION, "duplicate id 'q1'");
    assertProblem(head + GOOD_QUESTION.replace("points: 1", "points: -1"), "positive number");
    assertProblem(head + GOOD_QUESTION + "    colour: red\n", "unknown field 'colour'");
    assertProblem(head + GOOD_QUESTION.replace("{H: [[1, 0], [0, 2]]}", "missing.json"),
        "no such file");
    assertProblem("title: [unclosed\n", "malformed YAML");
  }

  @Test
  void yamlObjectConstructionIsRefused() throws Exception {
    assertProblem("title: !!java.io.File [\"/etc\"]\nquestions: []\n", "malformed YAML");
  }

  @Test
  void undefinedReferencesAreTheInstructorsError() throws Exception {
    String head = "title: T\nquestions:\n";
    assertProblem(head + "  - id: r\n    text: t\n    quantity: ms-rho\n"
        + "    instance: {A: [[1, 0], [0, 1]], y: [1, 1]}\n    points: 1\n",
        "Assumption II.1(b)");
    assertProblem(head + "  - id: s\n    text: t\n    quantity: stability-step\n"
        + "    instance: {H: [[-1, 0], [0, -2]]}\n    points: 1\n", "lambda_max > 0");
    assertProblem(head + "  - id: x\n    text: t\n    quantity: l1-minimizer\n"
        + "    nonnegative: true\n    instance: {A: [[1, 1]], y: [-1]}\n    points: 1\n",
        "no nonnegative solution");
  }
}
