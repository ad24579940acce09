package org.tacit.stepsize;

import com.fasterxml.jackson.databind.JsonNode;
import org.tacit.io.JsonFields;
import org.tacit.io.JsonNumbers;
import org.tacit.io.UserInputException;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkModel;
import org.tacit.stepsize.model.PowerDifferenceInstance;
import org.tacit.stepsize.model.RealPowerDifferenceInstance;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.UvDiagonalModel;

/**
 * The JSON formats of the NRSS checkers' user instances ({@code tacit check ID --in FILE}).
 *
 * <ul>
 *   <li>Lemma A.1: {@code {"a": "7/3", "b": 0, "p": 5}} (exact: p an integer; {@code /real}: p
 *       real).</li>
 *   <li>The stability lemmas read a data set and a parameter vector:
 *       {@code {"x": [[x_11, ..., x_1d], ..., [x_N1, ..., x_Nd]], "y": [y_1, ..., y_N],
 *       "theta": [...]}} (rows of {@code x} are the samples; {@code theta = (u_+; u_-)} of length
 *       {@code 2d}, or {@code (u_+; v_+; u_-; v_-)} of length {@code 4d} for the UV model), plus
 *       {@code "depth": D} for Lemma 6.1. Whether {@code theta} is a solution is a hypothesis the
 *       checker decides (exit code 3 when it is not).</li>
 * </ul>
 * Numbers may be JSON numbers or strings {@code "p/q"}; they are rounded to double except in the
 * exact Lemma A.1. Shape errors are bad input (exit code 2, naming file and field).
 */
final class NrssInstanceJson {

  private NrssInstanceJson() {}

  /** {@code {"a": ..., "b": ..., "p": integer}}, exact. */
  static PowerDifferenceInstance powerDifference(JsonNode json, String file) {
    return new PowerDifferenceInstance(
        JsonNumbers.rational(JsonFields.required(json, "a", file), file, "a"),
        JsonNumbers.rational(JsonFields.required(json, "b", file), file, "b"),
        JsonNumbers.integer(JsonFields.required(json, "p", file), file, "p"));
  }

  /** {@code {"a": ..., "b": ..., "p": ...}}, rounded to double. */
  static RealPowerDifferenceInstance realPowerDifference(JsonNode json, String file) {
    return new RealPowerDifferenceInstance(
        JsonNumbers.rational(JsonFields.required(json, "a", file), file, "a").doubleValue(),
        JsonNumbers.rational(JsonFields.required(json, "b", file), file, "b").doubleValue(),
        JsonNumbers.rational(JsonFields.required(json, "p", file), file, "p").doubleValue());
  }

  /** A solution of the depth-2 model. */
  static SolutionInstance depthTwoSolution(JsonNode json, String file) {
    return solution(json, file, new DepthDiagonalModel(2));
  }

  /** A solution of the depth-D model, D from {@code "depth"} (an integer >= 2). */
  static SolutionInstance depthSolution(JsonNode json, String file) {
    int depth = JsonNumbers.integer(JsonFields.required(json, "depth", file), file, "depth");
    if (depth < 2) {
      throw UserInputException.at(file, "depth", "must be an integer >= 2, found " + depth);
    }
    return solution(json, file, new DepthDiagonalModel(depth));
  }

  /** A solution of the UV model. */
  static SolutionInstance uvSolution(JsonNode json, String file) {
    return solution(json, file, new UvDiagonalModel());
  }

  private static SolutionInstance solution(JsonNode json, String file,
      DiagonalNetworkModel model) {
    JsonFields.DoubleRows x = JsonFields.rows(JsonFields.required(json, "x", file), file, "x");
    double[] labels = JsonFields.doubles(JsonFields.required(json, "y", file), file, "y",
        x.rows());
    double[] theta = JsonFields.doubles(JsonFields.required(json, "theta", file), file, "theta",
        model.blocks() * x.columns());
    return new SolutionInstance(new RegressionData(x.rows(), x.columns(), x.values(), labels),
        model, theta);
  }
}
