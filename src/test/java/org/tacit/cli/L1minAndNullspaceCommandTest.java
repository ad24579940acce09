package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.spec.Verifies;

/** {@code tacit l1min} and {@code tacit nullspace}: JSON output, exact strings, exit codes. */
class L1minAndNullspaceCommandTest {

  private record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(out);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TacitMain.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Path write(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** min ||x||_1 s.t. x1 + 2 x2 = 2: x = (0, 1), value 1, unique. */
  @Test
  void l1minSignedAndNonnegative(@TempDir Path dir) throws Exception {
    Path file = write(dir, "a.json", "{\"A\": [[1, 2]], \"y\": [2]}");
    Run exact = run("l1min", "--in", file.toString(), "--exact");
    assertThat(exact.code()).as(exact.err()).isZero();
    JsonNode json = exact.json();
    assertThat(json.path("x").get(0).asText()).isEqualTo("0");
    assertThat(json.path("x").get(1).asText()).isEqualTo("1");
    assertThat(json.path("value").asText()).isEqualTo("1");
    assertThat(json.path("unique").asBoolean()).isTrue();
    assertThat(json.path("problem").asText()).isEqualTo("signed");
    assertThat(json.path("elapsedMs").isNumber()).isTrue();
    Run nonneg = run("l1min", "--in", file.toString(), "--nonneg");
    assertThat(nonneg.code()).as(nonneg.err()).isZero();
    assertThat(nonneg.json().path("value").asDouble()).isEqualTo(1.0);
    assertThat(nonneg.json().path("support").get(0).asInt()).isEqualTo(1);
    Path ones = write(dir, "ones.json", "{\"A\": [[1, 1, 1]], \"y\": [1]}");
    Run flat = run("l1min", "--in", ones.toString(), "--nonneg", "--exact");
    assertThat(flat.code()).isZero();
    assertThat(flat.json().path("unique").asBoolean()).isFalse();
    assertThat(flat.json().path("uniqueness").asText()).startsWith("not unique");
  }

  @Test
  void l1minWithoutSolutionExits3(@TempDir Path dir) throws Exception {
    Path file = write(dir, "neg.json", "{\"A\": [[1, 1]], \"y\": [-1]}");
    Run run = run("l1min", "--in", file.toString(), "--nonneg");
    assertThat(run.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(run.err()).contains("no nonnegative solution");
  }

  /**
   * Entries near the overflow threshold (issue #13 point 8): the plain double simplex returned
   * x = 0 for y != 0 with exit 0; now every row of A x = y holds to the double certificate.
   */
  @Test
  void l1minNearTheOverflowThresholdSolvesTheSystem(@TempDir Path dir) throws Exception {
    Path file = write(dir, "huge.json",
        "{\"A\": [[1e308, 1.5e308, 1], [1.2e308, -1e308, 1]], \"y\": [1.7e308, 1e307]}");
    Run run = run("l1min", "--in", file.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode x = run.json().path("x");
    // x = (a, b, 0) with 1e308 a + 1.5e308 b = 1.7e308 and 1.2e308 a - 1e308 b = 1e307:
    // a = 37/56, b = 97/140 (Cramer's rule on the rows divided by 1e307)
    assertThat(x.get(0).asDouble()).isCloseTo(37.0 / 56, within(1e-12));
    assertThat(x.get(1).asDouble()).isCloseTo(97.0 / 140, within(1e-12));
    assertThat(x.get(2).asDouble()).isZero();
  }

  /** x1 - x2 = 1 gives rho = -1, rho~ = 1, rho^- = 0, kappa = 1 (issue #3). */
  @Test
  @Verifies("MS:eq-II.1")
  void nullspaceExactAndDouble(@TempDir Path dir) throws Exception {
    Path file = write(dir, "d.json", "{\"A\": [[1, -1]], \"y\": [1]}");
    Run exact = run("nullspace", "--in", file.toString(), "--exact");
    assertThat(exact.code()).as(exact.err()).isZero();
    JsonNode json = exact.json();
    assertThat(json.path("rho").asText()).isEqualTo("-1");
    assertThat(json.path("rhoTilde").asText()).isEqualTo("1");
    assertThat(json.path("rhoMinus").asText()).isEqualTo("0");
    assertThat(json.path("kappa").asText()).isEqualTo("1");
    assertThat(json.path("support").get(0).asInt()).isZero();
    assertThat(json.path("witness").path("rho").get(1).asText()).isEqualTo("1");
    assertThat(json.path("witness").has("rhoTilde")).isTrue();
    assertThat(json.path("witness").has("rhoMinus")).isTrue();
    Run approximate = run("nullspace", "--in", file.toString());
    assertThat(approximate.code()).isZero();
    assertThat(approximate.json().path("rho").asDouble()).isEqualTo(-1.0);
  }

  @Test
  @Verifies("MS:asm-II.1")
  void nullspaceExits3NamingThePart(@TempDir Path dir) throws Exception {
    Path ones = write(dir, "ones.json", "{\"A\": [[1, 1, 1]], \"y\": [1]}");
    Run c = run("nullspace", "--in", ones.toString(), "--exact");
    assertThat(c.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(c.err()).contains("Assumption II.1(c)");
    Path zero = write(dir, "zero.json", "{\"A\": [[1, -1]], \"y\": [0]}");
    Run a = run("nullspace", "--in", zero.toString());
    assertThat(a.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(a.err()).contains("Assumption II.1(a)");
    Path identity = write(dir, "id.json", "{\"A\": [[1, 0], [0, 1]], \"y\": [1, 2]}");
    Run b = run("nullspace", "--in", identity.toString());
    assertThat(b.err()).contains("Assumption II.1(b)");
    Run missing = run("nullspace", "--in", dir.resolve("missing.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
  }
}
