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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.verify.CatalogueEntry;

/**
 * docs/formats.md (issue #13 point 4): every tagged example runs with its documented command line,
 * exits with its documented code and prints the documented output fields; every command that
 * reads a file and every checker with a JSON reader has an example.
 */
class FormatsDocTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TAG = Pattern.compile("<!-- example: (.*) -->");
  private static final Pattern OTHER_FILE = Pattern.compile("FILE\\(([^)]+)\\)");

  /** A tagged example: its name, command line, expected exit code, output fields and text. */
  private record Example(String name, String run, int exit, List<String> fields, String text) {}

  private record Run(int code, String out, String err) {}

  private static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TacitMain.run(args.toArray(String[]::new), new PrintWriter(out),
        new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** The tagged examples of docs/formats.md, in order. */
  private static List<Example> examples() throws Exception {
    List<String> lines = Files.readAllLines(
        Roots.repositoryRoot().resolve("docs").resolve("formats.md"), StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher tag = TAG.matcher(lines.get(i).strip());
      if (!tag.matches()) {
        continue;
      }
      String[] parts = tag.group(1).split(";");
      String name = parts[0].strip();
      Map<String, String> keys = new LinkedHashMap<>();
      for (int k = 1; k < parts.length; k++) {
        String[] keyValue = parts[k].split(":", 2);
        assertThat(keyValue).as(name + ": " + parts[k]).hasSize(2);
        keys.put(keyValue[0].strip(), keyValue[1].strip());
      }
      assertThat(keys).as(name).containsKey("run");
      assertThat(lines.get(i + 1)).as(name + ": fence after the tag").startsWith("```");
      int end = i + 2;
      while (!lines.get(end).startsWith("```")) {
        end++;
      }
      String text = String.join("\n", lines.subList(i + 2, end)) + "\n";
      List<String> fields = keys.containsKey("fields")
          ? List.of(keys.get("fields").split("\\s*,\\s*")) : List.of();
      examples.add(new Example(name, keys.get("run"),
          Integer.parseInt(keys.getOrDefault("exit", "0")), fields, text));
      i = end;
    }
    return examples;
  }

  @Test
  void everyExampleRunsWithItsDocumentedExitCodeAndFields(@TempDir Path dir) throws Exception {
    List<Example> examples = examples();
    Map<String, Path> files = new LinkedHashMap<>();
    for (Example example : examples) {
      Path file = dir.resolve("example-" + files.size() + (example.run().startsWith("lp ")
          ? ".mps" : ".json"));
      Files.writeString(file, example.text(), StandardCharsets.UTF_8);
      assertThat(files.put(example.name(), file)).as("duplicate example " + example.name())
          .isNull();
    }
    for (Example example : examples) {
      List<String> args = new ArrayList<>();
      for (String word : example.run().split("\\s+")) {
        Matcher other = OTHER_FILE.matcher(word);
        if (other.matches()) {
          assertThat(files).as(example.name()).containsKey(other.group(1));
          args.add(files.get(other.group(1)).toString());
        } else {
          args.add(word.equals("FILE") ? files.get(example.name()).toString() : word);
        }
      }
      Run result = run(args);
      assertThat(result.code()).as(example.name() + ": " + result.err())
          .isEqualTo(example.exit());
      if (example.exit() == ExitCodes.HYPOTHESIS || example.exit() == ExitCodes.BAD_INPUT) {
        // documented: one line on stderr, nothing on stdout
        assertThat(result.out()).as(example.name()).isEmpty();
        assertThat(result.err().strip().lines().count()).as(example.name()).isEqualTo(1);
        String prefix = example.exit() == ExitCodes.HYPOTHESIS ? "tacit: hypothesis not met: "
            : "tacit: error: ";
        assertThat(result.err()).as(example.name()).startsWith(prefix);
      } else {
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.isObject()).as(example.name()).isTrue();
        for (String field : example.fields()) {
          assertThat(json.has(field)).as(example.name() + " prints " + field + ": "
              + result.out()).isTrue();
        }
      }
    }
  }

  @Test
  void theExamplesShowWhatTheDocumentSays() throws Exception {
    Map<String, Example> byName = new LinkedHashMap<>();
    examples().forEach(example -> byName.put(example.name(), example));
    // l1min: x1 + 2 x2 = 2 is minimized in l1 at (0, 1), value 1, uniquely
    Path root = Roots.repositoryRoot();
    JsonNode l1 = runExample(byName.get("l1min"), root);
    assertThat(l1.path("x").get(0).asText()).isEqualTo("0");
    assertThat(l1.path("x").get(1).asText()).isEqualTo("1");
    assertThat(l1.path("value").asText()).isEqualTo("1");
    assertThat(l1.path("unique").asBoolean()).isTrue();
    // nullspace: x1 - x2 = 1 gives rho = -1, rho~ = 1, rho^- = 0, kappa* = 1
    JsonNode constants = runExample(byName.get("nullspace"), root);
    assertThat(constants.path("rho").asText()).isEqualTo("-1");
    assertThat(constants.path("rhoTilde").asText()).isEqualTo("1");
    assertThat(constants.path("rhoMinus").asText()).isEqualTo("0");
    assertThat(constants.path("kappa").asText()).isEqualTo("1");
    // bregman --alpha 0.5 on x1 + 2 x2 = 2: the projection is x_j = alpha exp(a_j lambda), so
    // x2 / alpha = (x1 / alpha)^2, and it solves the system
    JsonNode bregman = runExample(byName.get("bregman"), root);
    double x1 = bregman.path("x").get(0).asDouble();
    double x2 = bregman.path("x").get(1).asDouble();
    assertThat(x1 + 2 * x2).isCloseTo(2, within(1e-12));
    assertThat(x2 / 0.5).isCloseTo(Math.pow(x1 / 0.5, 2), within(1e-12));
    assertThat(bregman.path("certificate").path("certified").asBoolean()).isTrue();
    // flow --alpha 0.5 tends to the projection of alpha^2 1 (MS erratum on rem-I.2):
    // x2 / alpha^2 = (x1 / alpha^2)^2
    JsonNode flow = runExample(byName.get("flow"), root);
    assertThat(flow.path("converged").asBoolean()).isTrue();
    double u1 = flow.path("x").get(0).asDouble();
    double u2 = flow.path("x").get(1).asDouble();
    assertThat(u1 + 2 * u2).isCloseTo(2, within(1e-9));
    assertThat(u2 / 0.25).isCloseTo(Math.pow(u1 / 0.25, 2), within(1e-8));
    // lp: maximize x + y + 2 with 3x + y <= 1, y <= 1/2: x = 1/6, y = 1/2, value 8/3
    JsonNode lp = runExample(byName.get("lp"), root);
    assertThat(lp.path("status").asText()).isEqualTo("optimal");
    assertThat(lp.path("objective").asText()).isEqualTo("8/3");
    assertThat(lp.path("x").path("x").asText()).isEqualTo("1/6");
    assertThat(lp.path("x").path("y").asText()).isEqualTo("1/2");
    // the checker examples hold (exit 0 was checked above; holds is the documented meaning)
    for (Example example : byName.values()) {
      if (example.run().startsWith("check ") && example.exit() == 0) {
        JsonNode verdict = runExample(example, root);
        assertThat(verdict.path("holds").asBoolean()).as(example.name()).isTrue();
        assertThat(verdict.path("specId").asText()).as(example.name())
            .isEqualTo(example.run().split("\\s+")[1].replaceFirst("/.*", ""));
      }
    }
  }

  private static JsonNode runExample(Example example, Path root) throws Exception {
    Path file = Files.createTempFile("formats-example", example.run().startsWith("lp ")
        ? ".mps" : ".json");
    try {
      Files.writeString(file, example.text(), StandardCharsets.UTF_8);
      List<String> args = new ArrayList<>();
      for (String word : example.run().split("\\s+")) {
        args.add(word.equals("FILE") ? file.toString() : word);
      }
      Run result = run(args);
      assertThat(result.code()).as(example.name() + ": " + result.err()).isZero();
      return JSON.readTree(result.out());
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void everyFileReadingCommandAndEveryCheckerWithAReaderHasAnExample() throws Exception {
    List<String> runs = examples().stream().map(Example::run).toList();
    for (String command : List.of("l1min", "nullspace", "bregman", "flow", "dln train",
        "dln hessian", "lp")) {
      assertThat(runs).as(command).anyMatch(run -> run.startsWith(command + " "));
    }
    int readers = 0;
    for (CatalogueEntry<?> entry : Catalogues.entries()) {
      if (entry.reader() != null) {
        readers++;
        assertThat(runs).as(entry.name() + " reads --in but has no example in docs/formats.md")
            .anyMatch(run -> run.startsWith("check " + entry.name() + " --in FILE"));
      }
    }
    // MS: lem-III.1, rem-I.1, rem-I.2; NRSS: lem-A.1, lem-A.1/real, lem-4.1, lem-6.1, lem-C.1
    assertThat(readers).isGreaterThanOrEqualTo(8);
    // the generic form (issue #13 point 2) is documented with an example of it
    assertThat(runs).anyMatch(run -> run.startsWith("check ZG:lem-B.10 --in FILE"));
  }
}
