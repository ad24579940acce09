package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tacit bench bregman --in FILE --accuracy} on a tiny instance: one timed run per alpha,
 * the certificate covers the true error against the 80-digit reference (the measured worst
 * relative error is at most the certified bound), and {@code --in} is refused for other
 * benchmarks. Nothing about the times is asserted (never a timed test).
 */
class BregmanInstanceBenchmarkTest {

  @TempDir
  Path dir;

  @Test
  void timesAnInstanceAndScoresItAgainstTheReference() throws Exception {
    Path system = dir.resolve("tiny.json");
    Files.writeString(system, "{\"A\": [[1, 2, -1, 3], [0, 1, 4, -2]], \"y\": [5, 3]}");
    TacitMainTest.Run r = TacitMainTest.run("bench", "bregman", "--in", system.toString(),
        "--alpha", "0.5,1e-9", "--repeat", "1", "--warmup", "1", "--accuracy");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode runs = r.json().path("runs");
    assertThat(runs).hasSize(2);
    for (JsonNode run : runs) {
      assertThat(run.path("certified").asBoolean()).isTrue();
      assertThat(run.path("referenceLogX")).hasSize(4);
      assertThat(run.path("worstRelativeError").asDouble())
          .isLessThanOrEqualTo(run.path("relativeErrorBound").asDouble());
      assertThat(run.has("cliMillis")).isTrue();
    }
    TacitMainTest.Run flow = TacitMainTest.run("bench", "flow", "--in", system.toString());
    assertThat(flow.code()).isNotZero();
    assertThat(flow.err()).contains("--in needs the bregman benchmark");
  }
}
