package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.cli.TacitMainTest.Run;

/**
 * {@code tacit dln train} reports progress on stderr during the run (issue #13 point 1: every
 * command longer than 2 s shows progress): with the interval set to 0 every step is reported; with
 * the default 2 s a short run prints nothing; stdout stays one JSON object.
 */
class TrainingProgressTest {

  @Test
  void dlnTrainReportsProgressLines(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("d.json");
    Files.writeString(data, "{\"A\": [[1, 2, 0], [0, 1, 3]], \"y\": [1, 2]}");
    String[] args = {"dln", "train", "--in", data.toString(), "--alpha", "0.1", "--eta", "0.05",
        "--max-steps", "40", "--tol", "1e-30", "--no-solution"};
    Run quiet = TacitMainTest.run(args);
    assertThat(quiet.code()).as(quiet.err()).isZero();
    assertThat(quiet.err()).doesNotContain("dln train: step");
    System.setProperty(TrainingProgress.INTERVAL_PROPERTY, "0");
    try {
      Run verbose = TacitMainTest.run(args);
      assertThat(verbose.code()).as(verbose.err()).isZero();
      assertThat(verbose.err().lines().filter(l -> l.startsWith("dln train: step ")).count())
          .isGreaterThanOrEqualTo(30);
      assertThat(verbose.err()).containsPattern("dln train: step 1, loss \\d\\.\\d{6}e[-+]\\d+");
      assertThat(verbose.json().path("steps").asLong()).isEqualTo(40);
    } finally {
      System.clearProperty(TrainingProgress.INTERVAL_PROPERTY);
    }
  }
}
