package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.cli.TacitMainTest.Run;

/**
 * Every command that takes a matrix reads it from a MatrixMarket file named in its JSON instance
 * (issue #13 point 5: {@code tacit l1min --in A.mtx} failed with "malformed JSON"); a {@code .mtx}
 * file given directly gets one line saying how to name it, exit 2.
 */
class MatrixMarketInputTest {

  @TempDir
  Path dir;

  /** min ||x||_1 s.t. x1 + 2 x2 = 2 (x = (0, 1)), with A and y in MatrixMarket files. */
  @Test
  void l1minNullspaceAndBregmanReadReferencedFiles() throws Exception {
    Files.writeString(dir.resolve("A.mtx"),
        "%%MatrixMarket matrix coordinate integer general\n1 2 2\n1 1 1\n1 2 2\n");
    Files.writeString(dir.resolve("y.mtx"), "%%MatrixMarket matrix array integer general\n1 1\n2\n");
    Path referenced = dir.resolve("sys.json");
    Files.writeString(referenced, "{\"A\": \"A.mtx\", \"y\": \"y.mtx\"}");
    Path inline = dir.resolve("inline.json");
    Files.writeString(inline, "{\"A\": [[1, 2]], \"y\": [2]}");
    for (String command : new String[] {"l1min", "nullspace"}) {
      Run fromFiles = TacitMainTest.run(command, "--in", referenced.toString(), "--exact");
      Run fromJson = TacitMainTest.run(command, "--in", inline.toString(), "--exact");
      assertThat(fromFiles.code()).as(fromFiles.err()).isZero();
      fromFiles.json().fieldNames().forEachRemaining(field -> {
        if (!field.equals("elapsedMs")) {
          assertThat(json(fromFiles).get(field)).as(command + " " + field)
              .isEqualTo(json(fromJson).get(field));
        }
      });
    }
    Run l1min = TacitMainTest.run("l1min", "--in", referenced.toString(), "--exact");
    assertThat(l1min.json().path("x").get(1).asText()).isEqualTo("1");
    Run bregman = TacitMainTest.run("bregman", "--in", referenced.toString(), "--alpha", "0.01");
    assertThat(bregman.code()).as(bregman.err()).isZero();
  }

  @Test
  void aMatrixMarketFileGivenDirectlyIsRefusedInOneLine() throws Exception {
    Path matrix = dir.resolve("A.mtx");
    Files.writeString(matrix, "%%MatrixMarket matrix array real general\n1 1\n1\n");
    Run run = TacitMainTest.run("l1min", "--in", matrix.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("give a JSON instance that names it")
        .contains("{\"A\": \"A.mtx\"").doesNotContain("Exception");
  }

  private static com.fasterxml.jackson.databind.JsonNode json(Run run) {
    try {
      return run.json();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
