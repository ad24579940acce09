package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: JSON on stdout, one-line errors, exit codes. */
class TacitMainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Output of one run. */
  record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TacitMain.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: tacit").contains("spec").contains("check");
    Run version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("tacit ");
  }

  @Test
  void userMistakesExitTwoWithOneLineAndNoStackTrace() {
    for (String[] args : new String[][] {{"frobnicate"}, {"check"}, {"check", "--all", "--bogus"},
        {}, {"check", "--all", "--count", "x"}}) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).startsWith("tacit: ").doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(r.out()).isEmpty();
    }
    // tacit alone: one line, pointing to the usage once (issue #13, point 9)
    assertThat(run().err()).isEqualTo("tacit: missing command (see 'tacit --help')\n");
  }

  @Test
  void specSummaryAndOneItem() throws Exception {
    Run summary = run("spec");
    assertThat(summary.code()).as(summary.err()).isZero();
    JsonNode json = summary.json();
    assertThat(json.path("items").asInt()).isGreaterThan(100);
    assertThat(json.path("papers").path("NRSS").path("verified").asInt()).isPositive();
    assertThat(json.path("problems").isArray()).isTrue();
    assertThat(json.has("elapsedMs")).isTrue();

    Run item = run("spec", "NRSS:lem-A.1");
    assertThat(item.code()).as(item.err()).isZero();
    JsonNode one = item.json();
    assertThat(one.path("status").asText()).isEqualTo("verified");
    assertThat(one.path("tests").toString()).contains("PowerDifferenceLemmaProperties#");
    assertThat(one.path("notes").asText()).startsWith("proofs-notes/");
    // issue #13 point 7: each paper is cited (authors, title, venue, year) from its spec file
    assertThat(one.path("paper").asText()).startsWith("Mor Shpigel Nacson")
        .contains("\"Implicit Bias of the Step Size in Linear Diagonal Neural Networks\"")
        .contains("ICML").contains("2022");
    assertThat(json.path("papers").path("ZG").path("citation").asText())
        .contains("Mo Zhou and Rong Ge").contains("arXiv:2302.00257");

    Run unknown = run("spec", "NRSS:lem-Z.9");
    assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).isEqualTo("tacit: error: no spec item NRSS:lem-Z.9\n");
    assertThat(run("spec", "nonsense").err()).contains("malformed spec ID 'nonsense'");
  }

  /**
   * Finding things (issue #13 point 7): IDs in any case, the checker class and its source file,
   * and a filtered list. MS has exactly one not-checkable item in spec/MS.yaml.
   */
  @Test
  void specFindsItemsInAnyCaseWithTheirCheckersAndLists() throws Exception {
    Run item = run("spec", "lnhw:LEM-3");
    assertThat(item.code()).as(item.err()).isZero();
    JsonNode one = item.json();
    assertThat(one.path("id").asText()).isEqualTo("LNHW:lem-3");
    JsonNode checker = one.path("checkers").get(0);
    assertThat(checker.path("class").asText())
        .isEqualTo("org.tacit.group.check.InitialDirectionLemmaChecker");
    assertThat(Files.exists(Roots.repositoryRoot().resolve(checker.path("file").asText())))
        .isTrue();

    Run listed = run("spec", "--list", "ms", "--status", "NOT-CHECKABLE");
    assertThat(listed.code()).as(listed.err()).isZero();
    JsonNode rows = listed.json().path("items");
    assertThat(listed.json().path("count").asInt()).isEqualTo(1).isEqualTo(rows.size());
    assertThat(rows.get(0).path("id").asText()).startsWith("MS:");
    assertThat(rows.get(0).path("status").asText()).isEqualTo("not-checkable");

    assertThat(run("spec", "--list", "XY").err())
        .isEqualTo("tacit: error: unknown paper 'XY' (expected one of [ZG, NRSS, TDR, MS, LNHW])\n");
    Run statusAlone = run("spec", "--status", "verified");
    assertThat(statusAlone.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(statusAlone.err()).isEqualTo("tacit: error: --status needs --list\n");
    assertThat(run("spec", "--list", "--status", "done").err())
        .startsWith("tacit: error: unknown status 'done'");
  }

  /**
   * Output directories are checked before any computation (issue #13 point 9): a path under a
   * regular file cannot be a directory, so the command stops at once with one line and exit 2,
   * before the verdict table or the sweep's progress would be printed.
   */
  @Test
  void badOutputDirectoriesFailBeforeTheComputation() throws Exception {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    Path below = file.resolve("sub");
    Run check = run("check", "--all", "--report", below.toString());
    assertThat(check.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(check.err()).startsWith("tacit: error: --report " + below + ": ")
        .endsWith("\n").doesNotContain("\n" + "tacit");
    assertThat(check.err().lines().count()).isEqualTo(1);
    assertThat(check.out()).isEmpty();
    Run reproduce = run("reproduce", "ms-gd-step", "--scale", "tiny", "--out", below.toString());
    assertThat(reproduce.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(reproduce.err()).startsWith("tacit: error: --out " + below + ": ");
    assertThat(reproduce.err().lines().count()).isEqualTo(1);
  }

  /**
   * Numbers beyond double (issue #13 point 8): y = 1e400 is read exactly but would overflow every
   * double computation; each command that reads a linear system refuses it with one line naming
   * the field and exit 2 (it used to end in an internal error, exit 1, for l1min, nullspace and
   * bregman).
   */
  @Test
  void valuesBeyondTheDoubleRangeAreRefusedByName() throws Exception {
    Path big = Files.writeString(dir.resolve("big.json"), "{\"A\": [[1, 2, 3]], \"y\": [1e400]}");
    String[][] commands = {
        {"l1min", "--in", big.toString()},
        {"nullspace", "--in", big.toString()},
        {"bregman", "--in", big.toString(), "--alpha", "0.1"},
        {"flow", "--in", big.toString(), "--alpha", "0.1"},
        {"dln", "train", "--in", big.toString(), "--alpha", "0.1", "--eta", "0.01"}};
    for (String[] command : commands) {
      Run r = run(command);
      assertThat(r.code()).as(String.join(" ", command)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err()).as(String.join(" ", command))
          .isEqualTo("tacit: error: " + big + ": y[0]: outside the range of double (|x| <= "
              + Double.MAX_VALUE + "), found 1.000E+400\n");
    }
  }

  @Test
  void checkAllRunsEveryCheckerAndWritesTheReport() throws Exception {
    Path report = dir.resolve("report");
    Run r = run("check", "--all", "--count", "20", "--seed", "7", "--report", report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.path("allHold").asBoolean()).isTrue();
    assertThat(json.path("checks").size()).isEqualTo(Catalogues.entries().size());
    assertThat(json.path("checks").get(0).path("instances").asInt()).isEqualTo(20);
    assertThat(r.err()).contains("[1/").contains("holds");
    assertThat(report.resolve("index.html")).exists();
    assertThat(Files.readString(report.resolve("report.md"))).contains("NRSS:lem-A.1");
    Run again = run("check", "--all", "--count", "20", "--seed", "7", "--report", report.toString());
    assertThat(again.json().path("checks").get(0).path("worstMargin"))
        .as("same seed, same result").isEqualTo(json.path("checks").get(0).path("worstMargin"));
  }

  @Test
  void checkOneOnBuiltInInstancesAndOnAUsersInstance() throws Exception {
    Run builtIn = run("check", "NRSS:lem-A.1/real", "--count", "5");
    assertThat(builtIn.code()).as(builtIn.err()).isZero();
    assertThat(builtIn.json().path("checks").size()).isEqualTo(1);

    Path instance = dir.resolve("a1.json");
    Files.writeString(instance, "{\"a\": \"7/3\", \"b\": 0, \"p\": 5}");
    Run exact = run("check", "NRSS:lem-A.1", "--in", instance.toString());
    assertThat(exact.code()).as(exact.err()).isZero();
    JsonNode json = exact.json();
    assertThat(json.path("holds").asBoolean()).isTrue();
    assertThat(json.path("worstMargin").asDouble()).isZero();
    assertThat(json.path("checks").get(0).path("exact").asBoolean()).isTrue();

    Files.writeString(instance, "{\"a\": 1, \"b\": 2, \"p\": 0}");
    Run hypothesis = run("check", "NRSS:lem-A.1", "--in", instance.toString());
    assertThat(hypothesis.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(hypothesis.err()).isEqualTo("tacit: hypothesis not met: NRSS:lem-A.1: p >= 1\n");

    Files.writeString(instance, "{\"a\": 1, \"p\": 2}");
    Run missing = run("check", "NRSS:lem-A.1/real", "--in", instance.toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).isEqualTo("tacit: error: " + instance + ": b: missing\n");

    assertThat(run("check", "NRSS:nope").err()).contains("no checker named NRSS:nope");
    assertThat(run("check", "--all", "--in", instance.toString()).err())
        .contains("--in needs a checker ID");
    assertThat(run("check", "--all", "--count", "0").err()).contains("--count must be at least 1");
    assertThat(run("check", "NRSS:lem-A.1", "--in", dir.resolve("none.json").toString()).err())
        .endsWith("none.json: no such file\n");
  }

  @Test
  void jsonOutputWritesNonFiniteNumbersAsStrings() {
    var node = JsonOutput.object();
    JsonOutput.putDouble(node, "a", Double.NaN);
    JsonOutput.putDouble(node, "b", 1.5);
    assertThat(node.toString()).isEqualTo("{\"a\":\"NaN\",\"b\":1.5}");
  }

  @Test
  void reproduceListRunShardAndMerge() throws Exception {
    Run list = run("reproduce", "--list");
    assertThat(list.code()).isZero();
    assertThat(list.json().path("reproductions").toString()).contains("ms-gd-step");
    Path out = dir.resolve("repro");
    Run shard0 = run("reproduce", "ms-gd-step", "--scale", "tiny", "--out", out.toString(),
        "--shard", "0/2", "--threads", "1");
    assertThat(shard0.code()).as(shard0.err()).isZero();
    assertThat(shard0.json().path("note").asText()).contains("tacit merge");
    assertThat(shard0.err()).contains("[ms-gd-step] 1/2 points");
    Run shard1 = run("reproduce", "ms-gd-step", "--scale", "tiny", "--out", out.toString(),
        "--shard", "1/2");
    assertThat(shard1.code()).isZero();
    Run merge = run("merge", out.resolve("ms-gd-step.shard-0-of-2.csv").toString(),
        out.resolve("ms-gd-step.shard-1-of-2.csv").toString(), "--out", out.toString());
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(merge.json().path("points").asInt()).isEqualTo(3);
    assertThat(out.resolve("ms-gd-step.png")).exists();
    Run whole = run("reproduce", "ms-gd-step", "--scale", "tiny", "--out", out.toString());
    assertThat(whole.json().path("plots").size()).isEqualTo(2);
    assertThat(run("reproduce").err()).contains("missing reproduction NAME");
    assertThat(run("reproduce", "nope").err()).contains("unknown reproduction nope");
    assertThat(run("reproduce", "ms-gd-step", "--scale", "big").err()).contains("--scale: unknown scale");
    assertThat(run("reproduce", "ms-gd-step", "--shard", "3/2").err()).contains("--shard must be i/n");
    assertThat(run("reproduce", "ms-gd-step", "--shard", "x").err()).contains("--shard must be i/n");
    assertThat(run("reproduce", "ms-gd-step", "--threads", "0").err()).contains("--threads must be");
    Run incomplete = run("merge", out.resolve("ms-gd-step.shard-0-of-2.csv").toString());
    assertThat(incomplete.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(incomplete.err()).contains("incomplete sweep");
    Files.writeString(out.resolve("odd.csv"), "# tacit reproduce nope scale=tiny points=1\npoint\n0\n");
    assertThat(run("merge", out.resolve("odd.csv").toString()).err()).contains("unknown reproduction nope");
  }

  @Test
  void checkTheFlowLimitOnAUsersInstance() throws Exception {
    Path instance = dir.resolve("flow.json");
    Files.writeString(instance, "{\"A\": [[1, -3]], \"y\": [1], \"x\": [4, 1], \"alpha\": 0.3}");
    Run ok = run("check", "MS:rem-I.2", "--in", instance.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.json().path("checks").size()).isEqualTo(3);
    Files.writeString(instance, "{\"A\": [[1, -3]], \"y\": [1], \"x\": [4], \"alpha\": 0.3}");
    Run bad = run("check", "MS:rem-I.2", "--in", instance.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains(": x: expected 2 numbers");
    Files.writeString(instance, "{\"A\": [[1, -3]], \"y\": [1], \"x\": [4, 1], \"alpha\": -1}");
    assertThat(run("check", "MS:rem-I.2", "--in", instance.toString()).code())
        .isEqualTo(ExitCodes.HYPOTHESIS);
  }

  /**
   * A = [1, -3], y = 1, alpha = 0.3: the projection of alpha 1 solves x = 0.3 (e^l, e^(-3l)) with
   * x1 - 3 x2 = 1, i.e. x2 = 0.3 ((1 + 3 x2) / 0.3)^(-3); the flow limit is the projection of
   * 0.09 1 (MS erratum), at log-distance > 1 from the printed one.
   */
  @Test
  void bregmanAndFlowCommands() throws Exception {
    Path system = dir.resolve("s.json");
    Files.writeString(system, "{\"A\": [[1, -3]], \"y\": [1]}");
    Run bregman = run("bregman", "--in", system.toString(), "--alpha", "0.3");
    assertThat(bregman.code()).as(bregman.err()).isZero();
    JsonNode json = bregman.json();
    double x2 = json.path("x").get(1).asDouble();
    assertThat(Math.abs(x2 - 0.3 * Math.pow((1 + 3 * x2) / 0.3, -3)) / x2).isLessThan(1e-12);
    assertThat(json.path("certificate").path("certified").asBoolean()).isTrue();
    assertThat(json.path("residual").asDouble()).isLessThan(1e-12);
    // x* = (1, 0), S = {1}: n = (x1 - 1, x2) = (3 x2, x2), computed directly
    assertThat(json.path("deviationL1").asDouble()).isCloseTo(4 * x2, within(1e-12 * x2));
    assertThat(json.path("deviationL1Support").asDouble()).isCloseTo(3 * x2, within(1e-12 * x2));
    assertThat(json.path("deviationL1OffSupport").asDouble()).isCloseTo(x2, within(1e-12 * x2));
    assertThat(json.path("log10DeviationL1").asDouble())
        .isCloseTo(Math.log10(4 * x2), within(1e-12));
    assertThat(json.path("zeroOnFeasibleSet")).isEmpty();

    Run flow = run("flow", "--in", system.toString(), "--alpha", "0.3");
    assertThat(flow.code()).as(flow.err()).isZero();
    JsonNode limit = flow.json();
    assertThat(limit.path("converged").asBoolean()).isTrue();
    assertThat(limit.path("maxLogDistanceToProjectionOfAlphaSquared").asDouble()).isLessThan(1e-8);
    assertThat(limit.path("maxLogDistanceToProjectionOfAlpha").asDouble()).isGreaterThan(1);

    // alpha = 1e-300 (issue #13 point 1): the flow ends in bounded time; alpha^2 underflows, so
    // its projection is not computed and the output says so instead of failing a hypothesis
    Run tiny = run("flow", "--in", system.toString(), "--alpha", "1e-300");
    assertThat(tiny.code()).as(tiny.err()).isZero();
    assertThat(tiny.json().path("converged").asBoolean()).isTrue();
    assertThat(tiny.json().path("maxLogDistanceToProjectionOfAlphaSquared").isNull()).isTrue();
    assertThat(tiny.json().path("note").asText()).contains("alpha^2 = 0.0 is below");

    Run gd = run("flow", "--in", system.toString(), "--alpha", "0.3", "--eta", "0.001");
    assertThat(gd.code()).as(gd.err()).isZero();
    assertThat(gd.json().path("method").asText()).isEqualTo("gradient descent");
    Run capped = run("flow", "--in", system.toString(), "--alpha", "0.3", "--eta", "0.001",
        "--max-steps", "3");
    assertThat(capped.json().path("converged").asBoolean()).isFalse();
    assertThat(capped.json().has("maxLogDistanceToProjectionOfAlpha")).isFalse();

    assertThat(run("bregman", "--in", system.toString(), "--alpha", "-1").err())
        .contains("--alpha must be positive");
    assertThat(run("flow", "--in", system.toString(), "--alpha", "0").err())
        .contains("--alpha must be positive");
    assertThat(run("flow", "--in", system.toString(), "--alpha", "1", "--eta", "-2").err())
        .contains("--eta must be positive");
    assertThat(run("flow", "--in", system.toString(), "--alpha", "1", "--tol", "0").err())
        .contains("--tol must be positive");
    Files.writeString(system, "{\"A\": [[1, 1]], \"y\": [-1]}");
    Run infeasible = run("bregman", "--in", system.toString(), "--alpha", "0.3");
    assertThat(infeasible.code()).isEqualTo(ExitCodes.HYPOTHESIS);
    assertThat(infeasible.err()).startsWith("tacit: hypothesis not met: no x >= 0 solves A x = y");
  }

  /**
   * x1 + x2 + x3 = 1, x3 = 0: the third coordinate vanishes on the feasible set (found by LP and
   * reported), the projection of 0.1 1 is (1/2, 1/2, 0) by symmetry, and every feasible point has
   * l1 norm 1, so x* is not unique and deviationL1 is omitted with a note.
   */
  @Test
  void bregmanRemovesCoordinatesThatVanishOnTheFeasibleSet() throws Exception {
    Path system = dir.resolve("forced.json");
    Files.writeString(system, "{\"A\": [[1, 1, 1], [0, 0, 1]], \"y\": [1, 0]}");
    Run r = run("bregman", "--in", system.toString(), "--alpha", "0.1");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.path("zeroOnFeasibleSet").get(0).asInt()).isEqualTo(2);
    assertThat(json.path("zeroOnFeasibleSet")).hasSize(1);
    assertThat(json.path("x").get(0).asDouble()).isCloseTo(0.5, within(1e-15));
    assertThat(json.path("x").get(1).asDouble()).isCloseTo(0.5, within(1e-15));
    assertThat(json.path("x").get(2).asDouble()).isZero();
    assertThat(json.path("certificate").path("certified").asBoolean()).isTrue();
    assertThat(json.has("deviationL1")).isFalse();
    assertThat(json.path("note").asText()).startsWith("deviationL1 omitted");
    Run flow = run("flow", "--in", system.toString(), "--alpha", "0.3");
    assertThat(flow.code()).as(flow.err()).isZero();
    assertThat(flow.json().path("maxLogDistanceToProjectionOfAlphaSquared").asDouble())
        .isLessThan(1e-6);
  }

  @Test
  void builtInOnlyCheckersRefuseUserInstances() throws Exception {
    Path instance = dir.resolve("any.json");
    Files.writeString(instance, "{}");
    Run r = run("check", "NRSS:thm-4.2", "--in", instance.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("tacit: error: NRSS:thm-4.2 runs on built-in instances only"
        + " (its instance ConvergedRun has no JSON form: ConvergedRun.model:"
        + " DiagonalNetworkModel)\n");
    // a checker without a dedicated format reads the generic form: "{}" misses its first field
    Run generic = run("check", "MS:lem-III.2", "--in", instance.toString());
    assertThat(generic.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(generic.err()).contains("any.json: problem: missing (expected {");
    Run builtIn = run("check", "MS:lem-III.3ii", "--count", "5");
    assertThat(builtIn.code()).as(builtIn.err()).isZero();
  }

  @Test
  void benchmarksRunAndValidateTheirOptions() throws Exception {
    Run bregman = run("bench", "bregman", "--rows", "2", "--cols", "5", "--repeat", "1",
        "--alpha", "0.1");
    assertThat(bregman.code()).as(bregman.err()).isZero();
    assertThat(bregman.json().path("runs").get(0).path("certified").asBoolean()).isTrue();
    // the median of an even number of timings is the mean of the two middle ones (issue #13)
    Run twice = run("bench", "bregman", "--rows", "2", "--cols", "5", "--repeat", "2",
        "--alpha", "0.1");
    assertThat(twice.code()).as(twice.err()).isZero();
    JsonNode runTwice = twice.json().path("runs").get(0);
    assertThat(runTwice.path("medianMillis").asDouble()).isEqualTo(
        (runTwice.path("millis").get(0).asDouble() + runTwice.path("millis").get(1).asDouble()) / 2);
    Run flow = run("bench", "flow", "--rows", "2", "--cols", "4", "--repeat", "1", "--alpha", "0.5");
    assertThat(flow.code()).as(flow.err()).isZero();
    assertThat(flow.json().path("runs").get(0).path("converged").asBoolean()).isTrue();
    assertThat(run("bench", "nope").err()).contains("unknown benchmark 'nope'");
    assertThat(run("bench", "flow", "--rows", "5", "--cols", "5").err()).contains("--rows < --cols");
    assertThat(run("bench", "flow", "--alpha", "-1").err()).contains("--alpha values must be positive");
    for (String family : new String[] {"certified", "uniform"}) {
      Run constants = run("bench", "constants", "--rows", "6", "--cols", "14", "--support", "2,3",
          "--family", family);
      assertThat(constants.code()).as(constants.err()).isZero();
      assertThat(constants.json().path("runs")).hasSize(2);
      for (var entry : constants.json().path("runs")) {
        if (entry.path("assumptionII1").asBoolean()) {
          // exact and double routes agree (policy 1e-9 relative, as in NullSpaceConstantsProperties)
          assertThat(Math.abs(entry.path("rhoTilde").asDouble()
              - entry.path("doubleRhoTilde").asDouble()))
              .isLessThanOrEqualTo(1e-9 * Math.max(1, entry.path("rhoTilde").asDouble()));
          assertThat(entry.path("rho").asDouble()).isLessThan(1.0);
        }
      }
    }
    assertThat(run("bench", "constants", "--family", "odd").err())
        .contains("--family must be certified or uniform");
    Run tooLarge = run("bench", "constants", "--rows", "6", "--cols", "14", "--support", "6");
    assertThat(tooLarge.code()).isEqualTo(2);
    assertThat(tooLarge.err()).contains("--support values need");
  }
}
