package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.cli.TacitMainTest.Run;

/**
 * The NRSS stability-lemma entries of {@code tacit check}: built-in runs and users' instances,
 * with expected values computed by hand (see the stepsize tests for the derivations).
 */
class NrssCheckCatalogTest {

  @TempDir
  Path dir;

  private static Run run(String... args) {
    return TacitMainTest.run(args);
  }

  private Path write(String json) throws Exception {
    Path file = dir.resolve("instance.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void builtInFamiliesHoldAtTheDefaultCount() throws Exception {
    for (String id : new String[] {"NRSS:lem-4.1", "NRSS:lem-6.1", "NRSS:lem-C.1"}) {
      long start = System.nanoTime();
      Run r = run("check", id, "--count", "200");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode row = r.json().path("checks").get(0);
      assertThat(row.path("specId").asText()).isEqualTo(id);
      assertThat(row.path("instances").asInt()).isEqualTo(200);
      assertThat(row.path("failures").asInt()).isZero();
      assertThat(row.path("family").asText()).contains("N <= 8");
      System.out.println(String.format(Locale.ROOT, "[tacit] tacit check %s --count 200: %d ms",
          id, millis));
    }
  }

  /**
   * The GD-run theorems: runs that do not converge are counted as skipped (a hypothesis no
   * generator can guarantee), never as failures, and the rest hold; a run with --in is refused.
   */
  @Test
  void gradientDescentTheoremsCountUnconvergedRunsAsSkipped() throws Exception {
    for (String id : new String[] {"NRSS:lem-2.3", "NRSS:thm-4.2", "NRSS:thm-6.2", "NRSS:thm-B.1"}) {
      Run r = run("check", id, "--count", "20");
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode row = r.json().path("checks").get(0);
      assertThat(row.path("specId").asText()).isEqualTo(id);
      assertThat(row.path("failures").asInt()).isZero();
      assertThat(row.path("skipped").asInt()).isBetween(0, 19);
    }
    Run refused = run("check", "NRSS:thm-4.2", "--in", write("{}").toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("built-in instances only");
  }

  /**
   * Depth 2, X = [[1, 0], [1, 2]], u+ = (1, 1), u- = (0, 1), y = (1, 1): Lemma 4.1 reads
   * 3 <= lambda_max / 4 = (10 + sqrt(68)) / 4 <= 5.
   */
  @Test
  void lemma41OnAUsersSolution() throws Exception {
    Path file = write("{\"x\": [[1, 0], [1, 2]], \"y\": [1, 1], \"theta\": [1, 1, 0, 1]}");
    Run r = run("check", "NRSS:lem-4.1", "--in", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.path("holds").asBoolean()).isTrue();
    JsonNode lower = json.path("checks").get(0);
    assertThat(lower.path("specId").asText()).isEqualTo("NRSS:lem-4.1");
    assertThat(lower.path("lhs").asDouble()).isEqualTo(3.0);
    assertThat(lower.path("rhs").asDouble()).isCloseTo((10 + Math.sqrt(68)) / 4, within(1e-12));
    assertThat(json.path("checks").get(1).path("rhs").asDouble()).isEqualTo(5.0);

    Path deep = write("{\"x\": [[1]], \"y\": [1], \"theta\": [\"1\", 0]}");
    assertThat(run("check", "NRSS:lem-4.1", "--in", deep.toString()).code()).isZero();
  }

  /**
   * The canonical layout of {@code tacit dln} (A, uPlus, uMinus; vPlus, vMinus for UV) reads the
   * same instances as the flat x/theta spelling: Lemma 4.1 at X = [[1, 0], [1, 2]], u+ = (1, 1),
   * u- = (0, 1) (the instance above) gives 3 <= lambda_max / 4 <= 5; Lemma C.1 at x = 3, y = 3,
   * (u+, v+, u-, v-) = (1, 2, 1, 1) gives lambda_max = 63.
   */
  @Test
  void theCanonicalLayoutOfDlnIsAccepted() throws Exception {
    Path file = write("{\"A\": [[1, 0], [1, 2]], \"y\": [1, 1], \"uPlus\": [1, 1],"
        + " \"uMinus\": [0, 1], \"model\": \"ignored\"}");
    Run r = run("check", "NRSS:lem-4.1", "--in", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().path("checks").get(0).path("lhs").asDouble()).isEqualTo(3.0);
    assertThat(r.json().path("checks").get(1).path("rhs").asDouble()).isEqualTo(5.0);
    Path uv = write("{\"A\": [[3]], \"y\": [3], \"uPlus\": [1], \"vPlus\": [2],"
        + " \"uMinus\": [1], \"vMinus\": [1]}");
    Run c1 = run("check", "NRSS:lem-C.1", "--in", uv.toString());
    assertThat(c1.code()).as(c1.err()).isZero();
    assertThat(c1.json().path("checks").get(0).path("lhs").asDouble()).isEqualTo(63.0);
  }

  /**
   * The erratum instance of (13)-(14): D = 3, x = 1, y = 1, theta = (1, 0): lambda_max = 9 equals
   * the proved lower bound D^2 |theta^3 x|^{4/3} = 9, so the corrected Lemma 6.1 holds with
   * margin 0 (the printed lower bound would be 9^{4/3}).
   */
  @Test
  void lemma61OnTheErratumInstance() throws Exception {
    Path file = write("{\"depth\": 3, \"x\": [[1]], \"y\": [1], \"theta\": [1, 0]}");
    Run r = run("check", "NRSS:lem-6.1", "--in", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode lower = r.json().path("checks").get(0);
    assertThat(lower.path("lhs").asDouble()).isCloseTo(9, within(1e-12));
    assertThat(lower.path("rhs").asDouble()).isCloseTo(9, within(1e-12));
  }

  /** UV, x = 3, y = 3, theta = (1, 2, 1, 1): lambda_max = 63 = (1 + 4 + 1 + 1) 3^2. */
  @Test
  void lemmaC1OnAUsersSolution() throws Exception {
    Path file = write("{\"x\": [[3]], \"y\": [\"3/1\"], \"theta\": [1, 2, 1, 1]}");
    Run r = run("check", "NRSS:lem-C.1", "--in", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode lower = r.json().path("checks").get(0);
    assertThat(lower.path("lhs").asDouble()).isEqualTo(63.0);
    assertThat(lower.path("rhs").asDouble()).isCloseTo(63, within(1e-12));
  }

  @Test
  void aNonSolutionOrTheWrongModelIsAHypothesisFailure() throws Exception {
    Path file = write("{\"x\": [[1]], \"y\": [1], \"theta\": [1, \"1/2\"]}");
    Run notSolution = run("check", "NRSS:lem-4.1", "--in", file.toString());
    assertThat(notSolution.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(notSolution.err())
        .startsWith("tacit: hypothesis not met: NRSS:lem-4.1: theta is a solution");
    assertThat(notSolution.err().strip().lines().count()).isEqualTo(1);

    Path uvNotSolution = write("{\"x\": [[1]], \"y\": [1], \"theta\": [1, 1, 1, 1]}");
    assertThat(run("check", "NRSS:lem-C.1", "--in", uvNotSolution.toString()).code())
        .isEqualTo(ExitCodes.HYPOTHESIS);

    // beyond the double range: refused when read, naming the field (issue #13 point 8)
    Path huge = write("{\"depth\": 2, \"x\": [[1]], \"y\": [1], \"theta\": [\"1e400\", 0]}");
    Run infinite = run("check", "NRSS:lem-6.1", "--in", huge.toString());
    assertThat(infinite.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(infinite.err()).contains("theta[0]: outside the range of double");
    assertThat(infinite.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void malformedInstancesAreOneLineBadInputErrors() throws Exception {
    String[][] cases = {
        {"NRSS:lem-4.1", "{\"y\": [1], \"theta\": [1, 0]}", "A: missing (x is also accepted)"},
        {"NRSS:lem-4.1", "{\"A\": [[1]], \"x\": [[1]], \"y\": [1], \"theta\": [1, 0]}",
            "A: given twice"},
        {"NRSS:lem-4.1", "{\"A\": [[1]], \"y\": [1]}", "uPlus: missing"},
        {"NRSS:lem-4.1", "{\"A\": [[1]], \"y\": [1], \"uPlus\": [1], \"theta\": [1, 0]}",
            "theta: given twice"},
        {"NRSS:lem-4.1", "{\"A\": [[1]], \"y\": [1], \"uPlus\": [1]}", "uMinus: missing"},
        {"NRSS:lem-C.1", "{\"A\": [[1]], \"y\": [1], \"uPlus\": [1], \"uMinus\": [1]}",
            "vPlus: missing"},
        {"NRSS:lem-4.1", "{\"A\": [[1, 2]], \"y\": [1], \"uPlus\": [1], \"uMinus\": [1, 0]}",
            "uPlus: expected an array of 2 numbers"},
        {"NRSS:lem-4.1", "{\"x\": [], \"y\": [1], \"theta\": [1, 0]}", "x: expected a non-empty"},
        {"NRSS:lem-4.1", "{\"x\": 5, \"y\": [1], \"theta\": [1, 0]}", "x: expected a non-empty"},
        {"NRSS:lem-4.1", "{\"x\": [[]], \"y\": [1], \"theta\": [1, 0]}", "x[0]: expected"},
        {"NRSS:lem-4.1", "{\"x\": [1], \"y\": [1], \"theta\": [1, 0]}", "x[0]: expected"},
        {"NRSS:lem-4.1", "{\"x\": [[1], [1, 2]], \"y\": [1, 1], \"theta\": [1, 0]}",
            "x[1]: expected an array of 1 numbers"},
        {"NRSS:lem-4.1", "{\"x\": [[1]], \"theta\": [1, 0]}", "y: missing"},
        {"NRSS:lem-4.1", "{\"x\": [[1]], \"y\": [1, 2], \"theta\": [1, 0]}",
            "y: expected an array of 1 numbers"},
        {"NRSS:lem-4.1", "{\"x\": [[1]], \"y\": [1], \"theta\": [1]}",
            "theta: expected an array of 2 numbers"},
        {"NRSS:lem-C.1", "{\"x\": [[1]], \"y\": [1], \"theta\": [1, 0]}",
            "theta: expected an array of 4 numbers"},
        {"NRSS:lem-4.1", "{\"x\": [[\"a\"]], \"y\": [1], \"theta\": [1, 0]}", "x[0][0]: "},
        {"NRSS:lem-6.1", "{\"x\": [[1]], \"y\": [1], \"theta\": [1, 0]}", "depth: missing"},
        {"NRSS:lem-6.1", "{\"depth\": 1, \"x\": [[1]], \"y\": [1], \"theta\": [1, 0]}",
            "depth: must be an integer >= 2"},
        {"NRSS:lem-6.1", "{\"depth\": 2.5, \"x\": [[1]], \"y\": [1], \"theta\": [1, 0]}",
            "depth: expected an integer"},
    };
    for (String[] c : cases) {
      Path file = write(c[1]);
      Run r = run("check", c[0], "--in", file.toString());
      assertThat(r.code()).as(c[1] + " -> " + r.err()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err()).as(c[1]).startsWith("tacit: error: " + file + ": ").contains(c[2]);
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
    }
  }
}
