package org.tacit.report;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.tacit.spec.Traceability;
import org.tacit.verify.MarginLog;

/**
 * Build step run by {@code mvn verify} (exec plugin, after the integration tests): checks
 * traceability, merges the margins the test JVMs wrote, and writes the report.
 *
 * <p>Arguments: {@code --root DIR --margins DIR --out DIR}. Throws {@link IllegalStateException}
 * (failing the build) when a traceability rule is broken or a recorded instance failed; the report
 * is written first either way.
 */
public final class ReportMain {

  private ReportMain() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) {
    Path root = Paths.get(".");
    Path margins = Paths.get("target", "tacit-margins");
    Path out = Paths.get("target", "tacit-report");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--root" -> root = Paths.get(args[i + 1]);
        case "--margins" -> margins = Paths.get(args[i + 1]);
        case "--out" -> out = Paths.get(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Traceability traceability = Traceability.check(root);
    var stats = MarginLog.readAll(margins);
    new ReportWriter(traceability, stats).write(out, root);
    System.out.println("[tacit] report written to " + out.resolve("index.html") + " ("
        + traceability.spec().items().size() + " items, " + stats.size() + " with margins)");
    List<String> problems = traceability.problems();
    long failed = stats.values().stream().mapToLong(s -> s.failures()).sum();
    if (!problems.isEmpty() || failed > 0) {
      throw new IllegalStateException("traceability problems: " + problems.size()
          + ", failed instances: " + failed + "\n" + String.join("\n", problems));
    }
  }
}
