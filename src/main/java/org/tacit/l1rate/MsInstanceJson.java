package org.tacit.l1rate;

import com.fasterxml.jackson.databind.JsonNode;
import org.tacit.exact.RationalMatrix;
import org.tacit.io.InstanceReader;
import org.tacit.io.JsonFields;
import org.tacit.io.JsonNumbers;
import org.tacit.io.LinearSystemInput;
import org.tacit.io.UserInputException;
import org.tacit.l1rate.model.FlowLimitInstance;
import org.tacit.l1rate.model.PositiveSystem;
import org.tacit.lp.LinearSystem;

/**
 * The JSON formats of the MS checkers' user instances ({@code tacit check ID --in FILE}).
 *
 * <ul>
 *   <li>Lemma III.1 and rem-I.1 read a linear system {@code {"A": [[...]], "y": [...]}}
 *       (rationals exact); their hypotheses (Assumption II.1, full row rank) fail with exit code
 *       3 naming the failed part.</li>
 *   <li>rem-I.2 reads {@code {"A": [[...]], "y": [...], "x": [...], "alpha": a}} with {@code x} a
 *       strictly positive solution of {@code A x = y} (rounded to double).</li>
 * </ul>
 * Shape errors are bad input (exit code 2, naming file and field).
 */
final class MsInstanceJson {

  private MsInstanceJson() {}

  /** {@code {"A": [[...]], "y": [...]}}, exact. */
  static LinearSystem linearSystem(JsonNode json, String file) {
    LinearSystemInput input = InstanceReader.linearSystem(json, file);
    return new LinearSystem(RationalMatrix.of(input.a()), input.y());
  }

  /** {@code {"A": [[...]], "y": [...], "x": [...] (a positive solution), "alpha": a}}. */
  static FlowLimitInstance flowLimit(JsonNode json, String file) {
    LinearSystemInput system = InstanceReader.linearSystem(json, file);
    JsonNode xNode = JsonFields.required(json, "x", file);
    if (!xNode.isArray() || xNode.size() != system.cols()) {
      throw UserInputException.at(file, "x", "expected " + system.cols()
          + " numbers (a strictly positive solution of A x = y)");
    }
    double[] x = JsonFields.doubles(xNode, file, "x", system.cols());
    double alpha = JsonNumbers.rational(JsonFields.required(json, "alpha", file), file, "alpha")
        .doubleValue();
    return new FlowLimitInstance(
        new PositiveSystem(system.aAsDouble(), system.yAsDouble(), x), alpha);
  }
}
