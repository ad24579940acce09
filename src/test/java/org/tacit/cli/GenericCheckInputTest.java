package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tacit check ID --in FILE} for checkers without a dedicated format (issue #13 point 2): the
 * instance record read by component names, its shape shown by {@code tacit spec ID}, and a clear
 * refusal for instances holding model objects.
 */
class GenericCheckInputTest {

  private static Path write(Path dir, String text) throws Exception {
    Path file = dir.resolve("instance.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * ZG Lemma B.10 with k = 2 on alpha = (1, -2), beta = (3, 1/2): an exact instance that holds,
   * and the same with k = 0, which the checker rejects as a hypothesis (exit 3), not as bad input.
   */
  @Test
  void aRecordInstanceIsReadByComponentNames(@TempDir Path dir) throws Exception {
    TacitMainTest.Run holds = TacitMainTest.run("check", "ZG:lem-B.10", "--in",
        write(dir, "{\"alpha\": [1, -2], \"beta\": [3, \"1/2\"], \"k\": 2}").toString());
    assertThat(holds.code()).as(holds.err()).isZero();
    assertThat(holds.json().path("holds").asBoolean()).isTrue();
    assertThat(holds.json().path("checks").size()).isPositive();

    TacitMainTest.Run outside = TacitMainTest.run("check", "ZG:lem-B.10", "--in",
        write(dir, "{\"alpha\": [1, -2], \"beta\": [3, \"1/2\"], \"k\": 0}").toString());
    assertThat(outside.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(outside.err()).contains("k >= 1");
  }

  @Test
  void shapeErrorsExitTwoNamingTheField(@TempDir Path dir) throws Exception {
    TacitMainTest.Run missing = TacitMainTest.run("check", "ZG:lem-B.10", "--in",
        write(dir, "{\"alpha\": [1, -2], \"k\": 2}").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err().strip().lines().count()).isEqualTo(1);
    assertThat(missing.err()).contains("beta: missing (expected [rational, ...])");
  }

  @Test
  void modelObjectsAreRefusedWithTheReason(@TempDir Path dir) throws Exception {
    TacitMainTest.Run refused = TacitMainTest.run("check", "LNHW:lem-1", "--in",
        write(dir, "{}").toString());
    assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("runs on built-in instances only")
        .contains("GroupPartition");
  }

  @Test
  void specShowsTheShapeEachCheckerReads() {
    TacitMainTest.Run item = TacitMainTest.run("spec", "ZG:lem-B.10");
    assertThat(item.code()).as(item.err()).isZero();
    assertThat(item.out()).contains(
        "JSON object {\\\"alpha\\\": [rational, ...], \\\"beta\\\": [rational, ...], \\\"k\\\": integer}");
    TacitMainTest.Run dedicated = TacitMainTest.run("spec", "NRSS:lem-A.1");
    assertThat(dedicated.out()).contains("dedicated JSON format (docs/formats.md)");
  }
}
