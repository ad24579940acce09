package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.io.UserInputException;
import org.tacit.spec.SpecId;
import org.tacit.spec.SpecItem;
import org.tacit.spec.SpecStatus;
import org.tacit.spec.TestCitation;
import org.tacit.spec.Traceability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacit spec [ID]}: without an ID, the spec summary (item counts per paper and status, and
 * the traceability problems); with an ID, that item with its tests.
 */
@Command(name = "spec", mixinStandardHelpOptions = true,
    description = "Print the spec summary, or one item (e.g. MS:thm-II.2) with its tests.")
final class SpecCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "ID", description = "a spec ID such as NRSS:lem-A.1")
  private @Nullable String id;

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Traceability traceability = Traceability.check(Roots.repositoryRoot());
    PrintWriter out = command.commandLine().getOut();
    String wanted = id;
    JsonOutput.print(out, wanted == null ? summary(traceability) : item(traceability, wanted), start);
    return ExitCodes.OK;
  }

  private static ObjectNode summary(Traceability traceability) {
    ObjectNode result = JsonOutput.object();
    ObjectNode papers = result.putObject("papers");
    int total = 0;
    for (String paper : SpecId.PAPER_KEYS) {
      ObjectNode counts = papers.putObject(paper);
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

  private static ObjectNode item(Traceability traceability, String wanted) {
    try {
      SpecId.parse(wanted);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(String.valueOf(e.getMessage()));
    }
    SpecItem item = traceability.spec().item(wanted)
        .orElseThrow(() -> new UserInputException("no spec item " + wanted));
    ObjectNode result = JsonOutput.object();
    result.put("id", wanted);
    result.put("kind", item.id().kind());
    result.put("title", item.title());
    result.put("status", item.status().spelling());
    result.put("statement", item.statement());
    result.put("hypotheses", item.hypotheses());
    result.put("why", item.why());
    result.put("source", item.source());
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
    ArrayNode tests = result.putArray("tests");
    for (TestCitation citation : traceability.testsOf(wanted)) {
      ObjectNode test = tests.addObject();
      test.put("test", citation.testName());
      test.put("file", citation.file() + ":" + citation.line());
    }
    return result;
  }
}
