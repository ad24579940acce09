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

/** {@code tacit dln train} and {@code tacit dln hessian}: JSON output, hand cases, bad input. */
class DlnCommandTest {

  /** Two samples in R^3: x_1 = (1, 2, 0), x_2 = (0, 1, 3); y = (1, 2). */
  private static final String DATA = "{\"A\": [[1, 2, 0], [0, 1, 3]], \"y\": [1, 2]}";

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

  @Test
  @Verifies("NRSS:lem-2.3")
  void trainConvergesToAnInterpolatorBelowTheEdgeOfStability(@TempDir Path dir) throws Exception {
    Path data = write(dir, "d.json", DATA);
    Run result = run("dln", "train", "--in", data.toString(), "--alpha", "0.1", "--eta", "0.05",
        "--warmup", "100", "--tol", "1e-14", "--confirm", "1000");
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode json = result.json();
    assertThat(json.path("converged").asBoolean()).isTrue();
    assertThat(json.path("reason").asText()).isEqualTo("loss below tolerance");
    assertThat(json.path("trainLoss").asDouble()).isLessThan(1e-14);
    JsonNode beta = json.path("beta");
    // interpolation: <beta, x_n> = y_n
    assertThat(beta.get(0).asDouble() + 2 * beta.get(1).asDouble()).isCloseTo(1, within(1e-6));
    assertThat(beta.get(1).asDouble() + 3 * beta.get(2).asDouble()).isCloseTo(2, within(1e-6));
    // beta = u+^2 - u-^2 from the printed parameters
    for (int i = 0; i < 3; i++) {
      double plus = json.path("uPlus").get(i).asDouble();
      double minus = json.path("uMinus").get(i).asDouble();
      assertThat(beta.get(i).asDouble()).isCloseTo(plus * plus - minus * minus, within(1e-12));
    }
    double lambda = json.path("lambdaMax").asDouble();
    assertThat(lambda).isLessThanOrEqualTo(2 / 0.05);
    assertThat(json.path("stabilityMeasure").asDouble()).isLessThanOrEqualTo(lambda * (1 + 1e-9));
    assertThat(json.path("upperBound").asDouble()).isGreaterThanOrEqualTo(lambda * (1 - 1e-9));
    assertThat(json.path("elapsedMs").isNumber()).isTrue();

    Path params = write(dir, "p.json", result.out());
    Run hessian = run("dln", "hessian", "--in", data.toString(), "--params", params.toString());
    assertThat(hessian.code()).as(hessian.err()).isZero();
    assertThat(hessian.json().path("lambdaMax").asDouble()).isCloseTo(lambda, within(1e-12 * lambda));
    assertThat(hessian.json().path("residualTermNorm").asDouble()).isLessThan(1e-5);
  }

  /**
   * One sample x = (1), y = 0, depth 2 at u+ = 1, u- = 1: beta = 0 is a solution; the Hessian is
   * (1/N) grad f grad f^T with grad f = (2 u+, -2 u-) = (2, -2), so lambda_max = 8, and both
   * bounds are 4 (u+^2 + u-^2) x^2 = 8 (N = 1 makes them equal).
   */
  @Test
  void hessianAtHandComputedSolution(@TempDir Path dir) throws Exception {
    Path data = write(dir, "d.json", "{\"A\": [[1]], \"y\": [0]}");
    Path params = write(dir, "p.json", "{\"uPlus\": [1], \"uMinus\": [1]}");
    Run result = run("dln", "hessian", "--in", data.toString(), "--params", params.toString());
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode json = result.json();
    assertThat(json.path("lambdaMax").asDouble()).isCloseTo(8, within(1e-12));
    assertThat(json.path("lowerBound").asDouble()).isCloseTo(8, within(1e-12));
    assertThat(json.path("upperBound").asDouble()).isCloseTo(8, within(1e-12));
    assertThat(json.path("residualTermNorm").asDouble()).isZero();
    // UV at u+ = v+ = u- = v- = 1: grad f = (v+, u+, -v-, -u-) = (1, 1, -1, -1), lambda_max = 4
    Path uv = write(dir, "uv.json",
        "{\"uPlus\": [1], \"vPlus\": [1], \"uMinus\": [1], \"vMinus\": [1]}");
    Run uvResult = run("dln", "hessian", "--in", data.toString(), "--params", uv.toString(),
        "--model", "uv");
    assertThat(uvResult.code()).as(uvResult.err()).isZero();
    assertThat(uvResult.json().path("lambdaMax").asDouble()).isCloseTo(4, within(1e-12));
    // away from a solution (y = 1): r = f - y = -1, g = -1, residual term
    // diag(2 g, -2 g) = diag(-2, 2) (norm 2)
    Path off = write(dir, "off.json", "{\"A\": [[1]], \"y\": [1]}");
    Run offResult = run("dln", "hessian", "--in", off.toString(), "--params", params.toString());
    assertThat(offResult.json().path("residualTermNorm").asDouble()).isCloseTo(2, within(1e-12));
    // H = [[4, -4], [-4, 4]] + diag(-2, 2) = [[2, -4], [-4, 6]]: eigenvalues 4 +- sqrt(20)
    assertThat(offResult.json().path("lambdaMax").asDouble())
        .isCloseTo(4 + Math.sqrt(20), within(1e-12));
  }

  /**
   * Issue #13 point 3: the output of {@code dln train} with its default stopping options is an
   * instance of {@code check NRSS:lem-4.1} (depth 2), {@code NRSS:lem-6.1} (depth 3) and
   * {@code NRSS:lem-C.1} (uv) that meets the hypothesis "theta is a solution" and for which the
   * lemma holds.
   */
  @Test
  @Verifies("NRSS:lem-4.1")
  void trainOutputWithDefaultsIsASolutionThatCheckAccepts(@TempDir Path dir) throws Exception {
    Path data = write(dir, "d.json", DATA);
    String[][] runs = {
        {"NRSS:lem-4.1"},
        {"NRSS:lem-6.1", "--depth", "3"},
        {"NRSS:lem-C.1", "--model", "uv"},
    };
    for (String[] spec : runs) {
      String[] args = new String[8 + spec.length - 1];
      System.arraycopy(new String[] {"dln", "train", "--in", data.toString(), "--alpha", "0.1",
          "--eta", "0.05"}, 0, args, 0, 8);
      System.arraycopy(spec, 1, args, 8, spec.length - 1);
      Run train = run(args);
      assertThat(train.code()).as(train.err()).isZero();
      JsonNode json = train.json();
      assertThat(json.path("converged").asBoolean()).as(train.out()).isTrue();
      assertThat(json.path("solution").asBoolean()).as(train.out()).isTrue();
      // a solution in the checkers' sense: |r_n| <= 1e-12 (|y_n| + ...) with |y_n| >= 1 here,
      // so the loss (1/2N) sum r_n^2 is at most far below the default --tol 1e-10
      assertThat(json.path("trainLoss").asDouble()).isLessThan(1e-20);
      // the data are repeated as read
      assertThat(json.path("A").get(1).get(2).asDouble()).isEqualTo(3.0);
      assertThat(json.path("y").get(1).asDouble()).isEqualTo(2.0);
      Path output = write(dir, "out.json", train.out());
      Run check = run("check", spec[0], "--in", output.toString());
      assertThat(check.code()).as(spec[0] + ": " + check.err()).isZero();
      assertThat(check.json().path("holds").asBoolean()).isTrue();
    }
  }

  /**
   * Stopping at the loss threshold alone (--no-solution, the former default) leaves residuals of
   * order sqrt(2 N tol) = 1.4e-5, far above the 1e-12 relative residual of a solution: check
   * names the failed hypothesis and the accepted bound (exit 3). A trained solution perturbed by
   * 1e-3 in one coordinate fails the same way.
   */
  @Test
  void approximateOrPerturbedParametersFailTheSolutionHypothesis(@TempDir Path dir)
      throws Exception {
    Path data = write(dir, "d.json", DATA);
    Run loose = run("dln", "train", "--in", data.toString(), "--alpha", "0.1", "--eta", "0.05",
        "--no-solution");
    assertThat(loose.code()).as(loose.err()).isZero();
    assertThat(loose.json().path("converged").asBoolean()).isTrue();
    assertThat(loose.json().path("trainLoss").asDouble()).isLessThan(1e-10);
    assertThat(loose.json().path("solution").asBoolean()).isFalse();
    Run looseCheck = run("check", "NRSS:lem-4.1", "--in",
        write(dir, "loose.json", loose.out()).toString());
    assertThat(looseCheck.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(looseCheck.err())
        .startsWith("tacit: hypothesis not met: NRSS:lem-4.1: theta is a solution")
        .contains("exceeds the accepted 1.0E-12");
    assertThat(looseCheck.err().strip().lines().count()).isEqualTo(1);

    Run train = run("dln", "train", "--in", data.toString(), "--alpha", "0.1", "--eta", "0.05");
    com.fasterxml.jackson.databind.node.ObjectNode perturbed =
        (com.fasterxml.jackson.databind.node.ObjectNode) train.json();
    com.fasterxml.jackson.databind.node.ArrayNode plus =
        (com.fasterxml.jackson.databind.node.ArrayNode) perturbed.get("uPlus");
    plus.set(0, plus.get(0).asDouble() + 1e-3);
    Run check = run("check", "NRSS:lem-4.1", "--in",
        write(dir, "perturbed.json", perturbed.toString()).toString());
    assertThat(check.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(check.err())
        .startsWith("tacit: hypothesis not met: NRSS:lem-4.1: theta is a solution");
  }

  @Test
  void trainReportsDivergenceAndUvAndDepthRuns(@TempDir Path dir) throws Exception {
    Path data = write(dir, "d.json", DATA);
    Run diverged = run("dln", "train", "--in", data.toString(), "--alpha", "1", "--eta", "50");
    assertThat(diverged.code()).isZero();
    assertThat(diverged.json().path("converged").asBoolean()).isFalse();
    assertThat(diverged.json().path("reason").asText()).startsWith("diverged");
    assertThat(diverged.out()).doesNotContain("NaN");
    Run uv = run("dln", "train", "--in", data.toString(), "--alpha", "0.5", "--eta", "0.02",
        "--model", "uv", "--init", "normal", "--seed", "3", "--warmup", "50");
    assertThat(uv.code()).as(uv.err()).isZero();
    assertThat(uv.json().has("vPlus")).isTrue();
    assertThat(uv.json().path("converged").asBoolean()).isTrue();
    Run depth = run("dln", "train", "--in", data.toString(), "--alpha", "0.7", "--eta", "0.01",
        "--depth", "3", "--max-steps", "10");
    assertThat(depth.code()).as(depth.err()).isZero();
    assertThat(depth.json().path("reason").asText()).isEqualTo("step budget exhausted");
    assertThat(depth.json().path("steps").asLong()).isEqualTo(10);
  }

  @Test
  void badInputExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
    Path data = write(dir, "d.json", DATA);
    Path params = write(dir, "p.json", "{\"uPlus\": [1, 2, 3]}");
    String[][] bad = {
        {"dln", "train", "--in", data.toString(), "--alpha", "-1", "--eta", "0.1"},
        {"dln", "train", "--in", data.toString(), "--alpha", "1", "--eta", "0"},
        {"dln", "train", "--in", data.toString(), "--alpha", "1", "--eta", "0.1", "--tol", "0"},
        {"dln", "train", "--in", data.toString(), "--alpha", "1", "--eta", "0.1", "--model", "x"},
        {"dln", "train", "--in", data.toString(), "--alpha", "1", "--eta", "0.1", "--depth", "1"},
        {"dln", "train", "--in", data.toString(), "--alpha", "1", "--eta", "0.1", "--model", "uv",
            "--depth", "3"},
        {"dln", "train", "--in", data.toString(), "--alpha", "1", "--eta", "0.1", "--init", "x"},
        {"dln", "train", "--in", data.toString(), "--alpha", "1", "--eta", "0.1", "--warmup", "-1"},
        {"dln", "train", "--in", dir.resolve("missing.json").toString(), "--alpha", "1", "--eta",
            "1"},
        {"dln", "hessian", "--in", data.toString(), "--params", params.toString()},
        {"dln", "hessian", "--in", data.toString(), "--params", write(dir, "q.json",
            "{\"uPlus\": [1, 2], \"uMinus\": [1, 2, 3]}").toString()},
        {"dln", "hessian", "--in", data.toString(), "--params", write(dir, "r.json",
            "{\"uPlus\": [1, 2, 3], \"uMinus\": [1, 2, \"x\"]}").toString()},
        {"dln", "hessian", "--in", write(dir, "big.json",
            "{\"A\": [[1e400]], \"y\": [1]}").toString(), "--params", params.toString()},
        {"dln", "hessian", "--in", write(dir, "bigy.json",
            "{\"A\": [[1]], \"y\": [1e400]}").toString(), "--params", params.toString()},
        {"dln", "hessian", "--in", data.toString(), "--params", write(dir, "inf.json",
            "{\"uPlus\": [1, 2, 1e400], \"uMinus\": [1, 2, 3]}").toString()},
        {"dln"},
    };
    for (String[] args : bad) {
      Run result = run(args);
      assertThat(result.code()).as(String.join(" ", args) + ": " + result.err()).isEqualTo(2);
      assertThat(result.err().strip().lines().count()).as(result.err()).isEqualTo(1);
      assertThat(result.out()).isEmpty();
    }
  }
}
