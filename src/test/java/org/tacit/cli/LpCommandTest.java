package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tacit lp}: JSON output for each status, exact strings, bad input exits 2. */
class LpCommandTest {

  private static final String MAXIMIZE = "NAME M\nOBJSENSE MAX\nROWS\n N obj\n L cap\n"
      + "COLUMNS\n x obj 1 cap 3\n y obj 1 cap 1\nRHS\n RHS cap 1 obj -2\n"
      + "BOUNDS\n UP BND y 0.5\nENDATA\n";

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

  /** max x + y + 2 s.t. 3x + y <= 1, y <= 1/2: x = 1/6, y = 1/2, value 8/3. */
  @Test
  void solvesExactlyAndInDouble(@TempDir Path dir) throws Exception {
    Path file = write(dir, "m.mps", MAXIMIZE);
    Run exact = run("lp", "--mps", file.toString(), "--exact");
    assertThat(exact.code()).as(exact.err()).isZero();
    JsonNode json = exact.json();
    assertThat(json.path("status").asText()).isEqualTo("optimal");
    assertThat(json.path("objective").asText()).isEqualTo("8/3");
    assertThat(json.path("x").path("x").asText()).isEqualTo("1/6");
    assertThat(json.path("x").path("y").asText()).isEqualTo("1/2");
    assertThat(json.path("certificateVerified").asBoolean()).isTrue();
    assertThat(json.path("elapsedMs").isNumber()).isTrue();
    Run approximate = run("lp", "--mps", file.toString());
    assertThat(approximate.code()).isZero();
    assertThat(approximate.json().path("objective").asDouble()).isCloseTo(8.0 / 3,
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(approximate.json().path("certificateVerified").asBoolean()).isTrue();
  }

  @Test
  void reportsInfeasibleAndUnboundedWithCertificates(@TempDir Path dir) throws Exception {
    Path infeasible = write(dir, "i.mps", "NAME I\nROWS\n N obj\n G low\nCOLUMNS\n x obj 1 low 1\n"
        + "RHS\n RHS low 5\nBOUNDS\n UP BND x 2\nENDATA\n");
    Run i = run("lp", "--mps", infeasible.toString(), "--exact");
    assertThat(i.code()).isZero();
    assertThat(i.json().path("status").asText()).isEqualTo("infeasible");
    assertThat(i.json().path("farkas").path("low").asText()).isEqualTo("1");
    assertThat(i.json().has("objective")).isFalse();
    Path unbounded = write(dir, "u.mps", "NAME U\nROWS\n N obj\nCOLUMNS\n x obj 1\n"
        + "BOUNDS\n UP BND x -1\nENDATA\n");
    Run u = run("lp", "--mps", unbounded.toString());
    assertThat(u.code()).isZero();
    assertThat(u.json().path("status").asText()).isEqualTo("unbounded");
    assertThat(u.json().path("ray").path("x").asDouble()).isNegative();
    assertThat(u.json().path("certificateVerified").asBoolean()).isTrue();
    Path fixed = write(dir, "f.mps", "NAME F\nROWS\n N  obj\nCOLUMNS\n"
        + "    X ONE     obj       2\nBOUNDS\n LO BND       X ONE     3\nENDATA\n");
    Run f = run("lp", "--mps", fixed.toString(), "--fixed", "--exact");
    assertThat(f.code()).as(f.err()).isZero();
    assertThat(f.json().path("x").path("X ONE").asText()).isEqualTo("3");
    assertThat(f.json().path("objective").asText()).isEqualTo("6");
  }

  /** A negative UP bound without LO makes the lower bound -inf (warned on stderr): max x = -1. */
  @Test
  void warnsAboutTheNegativeUpperBoundConvention(@TempDir Path dir) throws Exception {
    Path file = write(dir, "w.mps", "NAME W\nOBJSENSE\n MAX\nROWS\n N obj\nCOLUMNS\n x obj 1\n"
        + "BOUNDS\n UP BND x -1\nENDATA\n");
    Run run = run("lp", "--mps", file.toString(), "--exact");
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("warning").contains("lower bound set to -inf");
    assertThat(run.json().path("objective").asText()).isEqualTo("-1");
  }

  @Test
  void badInputExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
    Path broken = write(dir, "b.mps", "NAME B\nROWS\n N obj\nCOLUMNS\n x nope 1\nENDATA\n");
    Run run = run("lp", "--mps", broken.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("tacit: error: " + broken + ":5: unknown row nope in column x");
    assertThat(run.out()).isEmpty();
    Run missing = run("lp", "--mps", dir.resolve("missing.mps").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("no such file");
    assertThat(run("lp").code()).isEqualTo(ExitCodes.BAD_INPUT);
  }
}
