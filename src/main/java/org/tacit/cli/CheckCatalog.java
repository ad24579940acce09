package org.tacit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiFunction;
import org.tacit.io.JsonNumbers;
import org.tacit.stepsize.PowerDifferenceInstance;
import org.tacit.stepsize.PowerDifferenceLemma;
import org.tacit.stepsize.PowerDifferenceLemmaReal;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.Verdict;

/**
 * Every theorem checker the command line knows, each with its built-in instance family and,
 * where supported, a reader for a user's instance ({@code tacit check ID --in FILE}).
 */
final class CheckCatalog {

  /**
   * One runnable check.
   *
   * @param name unique name of the entry (the spec ID, with a suffix when an item has several)
   * @param specId the item
   * @param familyName description of the built-in instances
   * @param runOnce draws one built-in instance and checks it
   * @param fromJson checks a user's instance given as JSON (file name for messages), or null
   */
  record Entry(String name, String specId, String familyName,
      java.util.function.Function<Draws, Verdict> runOnce,
      BiFunction<JsonNode, String, Verdict> fromJson) {}

  private CheckCatalog() {}

  static List<Entry> entries() {
    CheckSuite<PowerDifferenceInstance> exact =
        new CheckSuite<>(new PowerDifferenceLemma(), PowerDifferenceLemma.family());
    CheckSuite<PowerDifferenceLemmaReal.Instance> real =
        new CheckSuite<>(new PowerDifferenceLemmaReal(), PowerDifferenceLemmaReal.family());
    return List.of(
        new Entry("NRSS:lem-A.1", exact.specId(), exact.family().name(), exact::runOnce,
            (json, file) -> exact.checker().check(new PowerDifferenceInstance(
                JsonNumbers.rational(field(json, "a", file), file, "a"),
                JsonNumbers.rational(field(json, "b", file), file, "b"),
                JsonNumbers.integer(field(json, "p", file), file, "p")))),
        new Entry("NRSS:lem-A.1/real", real.specId(), real.family().name(), real::runOnce,
            (json, file) -> real.checker().check(new PowerDifferenceLemmaReal.Instance(
                JsonNumbers.rational(field(json, "a", file), file, "a").doubleValue(),
                JsonNumbers.rational(field(json, "b", file), file, "b").doubleValue(),
                JsonNumbers.rational(field(json, "p", file), file, "p").doubleValue()))));
  }

  private static JsonNode field(JsonNode json, String name, String file) {
    JsonNode value = json.get(name);
    if (value == null) {
      throw org.tacit.io.UserInputException.at(file, name, "missing");
    }
    return value;
  }
}
