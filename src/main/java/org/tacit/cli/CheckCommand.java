package org.tacit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.experiment.Experiments;
import org.tacit.io.InstanceReader;
import org.tacit.io.RecordJsonReader;
import org.tacit.io.UserInputException;
import org.tacit.report.ReportWriter;
import org.tacit.spec.Traceability;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.Check;
import org.tacit.verify.MarginLog;
import org.tacit.verify.MarginRecorder;
import org.tacit.verify.MarginStats;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacit check --all} runs every theorem checker on its built-in instance family (seeded,
 * reproducible), prints a verdict table on stderr, writes the report, and prints a JSON summary on
 * stdout. {@code tacit check ID --in FILE} runs one checker on a user's instance. Exit code 4 when
 * any check fails, 3 when a user's instance does not meet the hypotheses.
 *
 * <p>Margins: the worst margin is taken over every check of a verdict (the item's own and its
 * proof steps'); a verdict "holds" when every margin is non-negative and "within tol" when it holds
 * but some check holds only within its stated tolerance (negative margin, see
 * {@link org.tacit.verify.Check#holdsWithinToleranceOnly}); every check's JSON carries its
 * tolerance; a missing margin is written as null, never NaN.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run theorem checkers: --all on built-in instances, or ID --in FILE on yours.")
final class CheckCommand implements Callable<Integer> {

  static final class Target {
    @Option(names = "--all", required = true, description = "every checker on built-in instances")
    boolean all;

    @Parameters(paramLabel = "ID", description = "one checker, e.g. NRSS:lem-A.1")
    @Nullable String id;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private Target target;

  @Option(names = "--in", paramLabel = "FILE", description = "a JSON instance for ID")
  private @Nullable Path input;

  @Option(names = "--count", paramLabel = "N", defaultValue = "200",
      description = "instances per checker (default: ${DEFAULT-VALUE}; entries whose every"
          + " instance is a training run cap the default at their stated number, shown in the"
          + " table; a count given here is always used)")
  private int count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "seed of the built-in instances (default: ${DEFAULT-VALUE})")
  private long seed;

  @Option(names = "--report", paramLabel = "DIR", defaultValue = "tacit-out/report",
      description = "where --all writes the report, relative to the current directory (default: ${DEFAULT-VALUE})")
  private Path reportDir = Path.of("tacit-out", "report");

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    if (count < 1) {
      throw new UserInputException("--count must be at least 1, found " + count);
    }
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    String wanted = target.id;
    if (wanted != null) {
      List<CatalogueEntry<?>> entries = Catalogues.entries();
      CatalogueEntry<?> entry = entries.stream()
          .filter(e -> e.name().equals(wanted)).findFirst()
          .orElseThrow(() -> new UserInputException("no checker named " + wanted + " (known: "
              + entries.stream().map(CatalogueEntry::name).toList() + ")"));
      Path file = input;
      return file == null ? runBuiltIn(List.of(entry), out, err, start, false)
          : runOne(entry, file, out, start);
    }
    if (input != null) {
      throw new UserInputException("--in needs a checker ID, not --all");
    }
    OutputDirectory.prepare(reportDir, "--report");
    return runBuiltIn(Catalogues.entries(), out, err, start, true);
  }

  private int runOne(CatalogueEntry<?> entry, Path file, PrintWriter out, long start) {
    JsonNode json = InstanceReader.readObject(file);
    Verdict verdict = entry.checkJson(json, file.toString())
        .orElseGet(() -> entry.checkInstance(
            RecordJsonReader.read(genericInstanceType(entry), json, file.toString())));
    if (!verdict.hypothesesMet()) {
      throw new HypothesisException(entry.specId() + ": " + verdict.hypothesisFailure());
    }
    ObjectNode result = JsonOutput.object();
    result.put("specId", entry.specId());
    result.put("holds", verdict.holds());
    result.put("withinTolerance", verdict.holdsWithinToleranceOnly());
    putMargin(result, "worstMargin", verdict.worstMarginOfAllChecks());
    putChecks(result.putArray("checks"), verdict.checks());
    JsonOutput.print(out, result, start);
    return verdict.holds() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }

  /**
   * The instance record of an entry without a dedicated reader, when {@link RecordJsonReader} can
   * read it (the generic {@code --in} format: the record's components by name).
   */
  static Class<?> genericInstanceType(CatalogueEntry<?> entry) {
    Class<?> type = entry.instanceType().orElseThrow(() -> new UserInputException(entry.name()
        + " runs on built-in instances only (its instance type is not a concrete class)"));
    RecordJsonReader.unsupported(type).ifPresent(problem -> {
      throw new UserInputException(entry.name() + " runs on built-in instances only (its"
          + " instance " + type.getSimpleName() + " has no JSON form: " + problem + ")");
    });
    return type;
  }

  private int runBuiltIn(List<CatalogueEntry<?>> entries, PrintWriter out, PrintWriter err,
      long start, boolean writeReport) {
    boolean countGiven = command.commandLine().getParseResult().hasMatchedOption("--count");
    MarginRecorder recorder = new MarginRecorder();
    ObjectNode result = JsonOutput.object();
    result.put("seed", seed);
    result.put("count", count);
    ArrayNode rows = result.putArray("checks");
    List<String> table = new ArrayList<>();
    table.add(String.format(Locale.ROOT, "%-22s %-11s %9s %9s  %s", "checker", "verdict",
        "instances", "worst", "family"));
    boolean allHold = true;
    for (int e = 0; e < entries.size(); e++) {
      CatalogueEntry<?> entry = entries.get(e);
      err.printf(Locale.ROOT, "[%d/%d] %s ...%n", e + 1, entries.size(), entry.name());
      err.flush();
      SeededDraws draws = new SeededDraws(seed ^ entry.name().hashCode());
      long failures = 0;
      long skipped = 0;
      long withinTolerance = 0;
      @Nullable Verdict firstFailure = null;
      double worst = Double.POSITIVE_INFINITY;
      int instances = countGiven ? count : entry.instancesByDefault(count);
      boolean capped = instances < count;
      for (int i = 0; i < instances; i++) {
        Verdict verdict = entry.runOnce(draws);
        if (!verdict.hypothesesMet() && entry.skipsUnmetHypotheses()) {
          skipped++;
          continue;
        }
        recorder.record(verdict, "tacit check " + entry.name());
        if (!verdict.holds()) {
          failures++;
          if (firstFailure == null) {
            firstFailure = verdict;
          }
        }
        withinTolerance += verdict.holdsWithinToleranceOnly() ? 1 : 0;
        double margin = verdict.worstMarginOfAllChecks();
        if (!Double.isNaN(margin)) {
          worst = Math.min(worst, margin);
        }
      }
      if (worst == Double.POSITIVE_INFINITY) {
        worst = Double.NaN;
      }
      boolean nothingChecked = skipped == instances;
      allHold &= failures == 0 && !nothingChecked;
      ObjectNode row = rows.addObject();
      row.put("checker", entry.name());
      row.put("specId", entry.specId());
      row.put("family", entry.familyName());
      row.put("instances", instances);
      if (capped) {
        row.put("capped", entry.capReason());
      }
      row.put("failures", failures);
      row.put("skipped", skipped);
      row.put("withinTolerance", withinTolerance);
      putMargin(row, "worstMargin", worst);
      if (firstFailure != null) {
        row.put("firstFailure", firstFailure.describe());
      }
      String verdictText = nothingChecked ? "NO INSTANCE"
          : failures > 0 ? "FAILS " + failures
          : withinTolerance > 0 ? "within tol" : "holds";
      table.add(String.format(Locale.ROOT, "%-22s %-11s %9d %9s  %s%s", entry.name(),
          verdictText, instances - skipped, Double.isNaN(worst) ? "-"
              : String.format(Locale.ROOT, "%.2e", worst), entry.familyName(), (skipped == 0 ? ""
              : " (" + skipped + " runs skipped: did not converge within the budget)")
              + (capped ? " (capped at " + instances + ": " + entry.capReason()
              + "; --count overrides)" : "")));
    }
    table.forEach(err::println);
    result.put("allHold", allHold);
    if (writeReport) {
      Path reportOut = OutputDirectory.prepare(reportDir, "--report");
      List<MarginStats> stats = recorder.snapshot();
      MarginLog.write(reportOut.resolve("margins"), "check-all", stats);
      Traceability traceability = Traceability.check(Roots.repositoryRoot());
      Path outputs = reportOut.toAbsolutePath().normalize().getParent();
      new ReportWriter(traceability, MarginLog.readAll(reportOut.resolve("margins")))
          .withReproductions(ReproductionIndex.scan(Experiments.all(),
              outputs == null ? reportOut : outputs, reportOut))
          .write(reportOut, Roots.repositoryRoot());
      result.put("report", reportOut.resolve("index.html").toString());
      err.println("report: " + reportOut.resolve("index.html"));
    }
    err.flush();
    JsonOutput.print(out, result, start);
    return allHold ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }

  private static void putChecks(ArrayNode array, List<Check> checks) {
    for (Check check : checks) {
      ObjectNode node = array.addObject();
      node.put("specId", check.specId());
      node.put("label", check.label());
      JsonOutput.putDouble(node, "lhs", check.lhs());
      node.put("relation", check.relation().symbol());
      JsonOutput.putDouble(node, "rhs", check.rhs());
      putMargin(node, "margin", check.margin());
      node.put("tolerance", check.tolerance());
      node.put("exact", check.exact());
      node.put("holds", check.holds());
      node.put("withinTolerance", check.holdsWithinToleranceOnly());
    }
  }

  /** A margin, or null when there is none (NaN is never printed as a margin). */
  private static void putMargin(ObjectNode node, String field, double margin) {
    if (Double.isNaN(margin)) {
      node.putNull(field);
    } else {
      JsonOutput.putDouble(node, field, margin);
    }
  }
}
