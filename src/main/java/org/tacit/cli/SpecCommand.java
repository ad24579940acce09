package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.io.RecordJsonReader;
import org.tacit.io.UserInputException;
import org.tacit.spec.SpecId;
import org.tacit.spec.SpecItem;
import org.tacit.spec.SpecStatus;
import org.tacit.spec.TestCitation;
import org.tacit.spec.Traceability;
import org.tacit.verify.CatalogueEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacit spec [ID]}: without an ID, the spec summary (item counts per paper and status, and
 * the traceability problems); with an ID (case-insensitive), that item with its checkers (class
 * and source file) and its tests; with {@code --list [KEY] [--status S]}, one line per item
 * (id, status, title), optionally of one paper and one status.
 */
@Command(name = "spec", mixinStandardHelpOptions = true,
    description = "Print the spec summary, one item (e.g. MS:thm-II.2, any case) with its"
        + " checkers and tests, or --list the items of a paper and status.")
final class SpecCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "ID",
      description = "a spec ID such as NRSS:lem-A.1 (any case); with --list, a paper key")
  private @Nullable String id;

  @Option(names = "--list", description = "list the items (id, status, title)")
  private boolean list;

  @Option(names = "--status", paramLabel = "S",
      description = "with --list: only items of this status (verified, partial, planned,"
          + " not-checkable)")
  private @Nullable String status;

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Traceability traceability = Traceability.check(Roots.repositoryRoot());
    PrintWriter out = command.commandLine().getOut();
    String wanted = id;
    if (list) {
      JsonOutput.print(out, list(traceability, wanted, status), start);
    } else if (status != null) {
      throw new UserInputException("--status needs --list");
    } else {
      JsonOutput.print(out, wanted == null ? summary(traceability) : item(traceability, wanted),
          start);
    }
    return ExitCodes.OK;
  }

  private static ObjectNode list(Traceability traceability, @Nullable String paper,
      @Nullable String statusText) {
    List<SpecItem> items = traceability.spec().items();
    String key = null;
    if (paper != null) {
      key = SpecId.PAPER_KEYS.stream().filter(k -> k.equalsIgnoreCase(paper)).findFirst()
          .orElseThrow(() -> new UserInputException("unknown paper '" + paper + "' (expected one"
              + " of " + SpecId.PAPER_KEYS + ")"));
    }
    SpecStatus wantedStatus = null;
    if (statusText != null) {
      try {
        wantedStatus = SpecStatus.parse(statusText.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("unknown status '" + statusText + "' (expected verified,"
            + " partial, planned or not-checkable)");
      }
    }
    ObjectNode result = JsonOutput.object();
    ArrayNode rows = result.putArray("items");
    for (SpecItem item : items) {
      if ((key == null || item.id().paper().equals(key))
          && (wantedStatus == null || item.status() == wantedStatus)) {
        ObjectNode row = rows.addObject();
        row.put("id", item.id().toString());
        row.put("status", item.status().spelling());
        row.put("title", item.title());
      }
    }
    result.put("count", rows.size());
    return result;
  }

  private static ObjectNode summary(Traceability traceability) {
    ObjectNode result = JsonOutput.object();
    ObjectNode papers = result.putObject("papers");
    int total = 0;
    for (String paper : SpecId.PAPER_KEYS) {
      ObjectNode counts = papers.putObject(paper);
      traceability.spec().citation(paper)
          .ifPresent(citation -> counts.put("citation", citation.line()));
      int items = traceability.spec().paper(paper).size();
      counts.put("items", items);
      total += items;
      for (Map.Entry<SpecStatus, Integer> entry :
          traceability.spec().countsByStatus(paper).entrySet()) {
        counts.put(entry.getKey().spelling(), entry.getValue());
      }
    }
    result.put("items", total);
    result.put("tests", traceability.citations().size());
    ArrayNode problems = result.putArray("problems");
    traceability.problems().forEach(problems::add);
    return result;
  }

  /**
   * What {@code tacit check ID --in FILE} reads for this entry: its dedicated format (documented
   * in docs/formats.md), the generic record form with its shape, or why there is none.
   */
  static String inputFormat(CatalogueEntry<?> entry) {
    if (entry.reader() != null) {
      return "dedicated JSON format (docs/formats.md)";
    }
    Optional<Class<?>> type = entry.instanceType();
    if (type.isEmpty()) {
      return "built-in instances only";
    }
    Optional<String> problem = RecordJsonReader.unsupported(type.get());
    return problem.isPresent() ? "built-in instances only (" + problem.get() + ")"
        : "JSON object " + RecordJsonReader.shape(type.get());
  }

  private static ObjectNode item(Traceability traceability, String asTyped) {
    SpecItem item = traceability.spec().items().stream()
        .filter(candidate -> candidate.id().toString().equalsIgnoreCase(asTyped)).findFirst()
        .orElseGet(() -> {
          try {
            SpecId.parse(asTyped);
          } catch (IllegalArgumentException e) {
            throw new UserInputException(String.valueOf(e.getMessage()));
          }
          throw new UserInputException("no spec item " + asTyped);
        });
    String wanted = item.id().toString();
    ObjectNode result = JsonOutput.object();
    result.put("id", wanted);
    result.put("kind", item.id().kind());
    result.put("title", item.title());
    result.put("status", item.status().spelling());
    result.put("statement", item.statement());
    result.put("hypotheses", item.hypotheses());
    result.put("why", item.why());
    result.put("source", item.source());
    traceability.spec().citation(item.id().paper())
        .ifPresent(citation -> result.put("paper", citation.line()));
    result.put("specFile", item.location());
    String notes = item.notes();
    if (notes != null) {
      result.put("notes", notes);
    }
    String counterexample = item.erratumCounterexample();
    if (counterexample != null) {
      ObjectNode erratum = result.putObject("erratum");
      erratum.put("counterexample", counterexample);
      erratum.put("corrected", String.valueOf(item.erratumCorrected()));
    }
    ArrayNode checkers = result.putArray("checkers");
    for (CatalogueEntry<?> entry : Catalogues.entries()) {
      if (entry.specId().equals(wanted)) {
        String type = entry.checker().getClass().getName();
        ObjectNode checker = checkers.addObject();
        checker.put("entry", entry.name());
        checker.put("class", type);
        checker.put("file", "src/main/java/" + type.replace('.', '/') + ".java");
        checker.put("input", inputFormat(entry));
      }
    }
    ArrayNode tests = result.putArray("tests");
    for (TestCitation citation : traceability.testsOf(wanted)) {
      ObjectNode test = tests.addObject();
      test.put("test", citation.testName());
      test.put("file", citation.file() + ":" + citation.line());
    }
    return result;
  }
}
