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
 *   <li>The stability lemmas read a data set and a parameter vector, in the canonical layout
 *       of {@code tacit dln} (whose {@code train} output is such an instance):
 *       {@code {"A": [[x_11, ..., x_1d], ..., [x_N1, ..., x_Nd]], "y": [y_1, ..., y_N],
 *       "uPlus": [...], "uMinus": [...]}} (rows of {@code A} are the samples; each block has
 *       length {@code d}; the UV model of Lemma C.1 also reads {@code "vPlus"} and
 *       {@code "vMinus"}), plus {@code "depth": D} for Lemma 6.1. The earlier spellings remain
 *       accepted: {@code "x"} for {@code "A"}, and one flat {@code "theta": [...]} of length
 *       {@code 2d} ({@code (u_+; u_-)}) or {@code 4d} ({@code (u_+; v_+; u_-; v_-)}) instead of
 *       the blocks; a file with both spellings of the same thing is bad input. Other fields (the
 *       rest of the {@code train} output) are ignored. Whether {@code theta} is a solution is a
 *       hypothesis the checker decides (exit code 3 when it is not; the accepted residual is
 *       {@link org.tacit.stepsize.model.StepSizeTolerances#SOLUTION} relative).</li>
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

  /** The names of the parameter blocks, in the order of {@code theta}. */
  private static final String[] DIAG_BLOCKS = {"uPlus", "uMinus"};
  private static final String[] UV_BLOCKS = {"uPlus", "vPlus", "uMinus", "vMinus"};

  private static SolutionInstance solution(JsonNode json, String file,
      DiagonalNetworkModel model) {
    String matrix = oneOf(json, file, "A", "x");
    JsonFields.DoubleRows x = JsonFields.rows(JsonFields.required(json, matrix, file), file,
        matrix);
    double[] labels = JsonFields.doubles(JsonFields.required(json, "y", file), file, "y",
        x.rows());
    return new SolutionInstance(new RegressionData(x.rows(), x.columns(), x.values(), labels),
        model, parameters(json, file, model, x.columns()));
  }

  /**
   * The field name present in {@code json}: the canonical one or its alias, not both; bad input
   * when neither is.
   */
  private static String oneOf(JsonNode json, String file, String canonical, String alias) {
    boolean hasCanonical = json.has(canonical);
    boolean hasAlias = json.has(alias);
    if (hasCanonical && hasAlias) {
      throw UserInputException.at(file, canonical,
          "given twice (also as " + alias + "); give one of them");
    }
    if (!hasCanonical && !hasAlias) {
      throw UserInputException.at(file, canonical, "missing (" + alias + " is also accepted)");
    }
    return hasCanonical ? canonical : alias;
  }

  /** {@code theta}: the blocks {@code uPlus, uMinus (vPlus, vMinus)}, or a flat {@code theta}. */
  private static double[] parameters(JsonNode json, String file, DiagonalNetworkModel model,
      int d) {
    String[] blocks = model instanceof UvDiagonalModel ? UV_BLOCKS : DIAG_BLOCKS;
    boolean hasBlocks = false;
    for (String block : blocks) {
      hasBlocks |= json.has(block);
    }
    boolean hasTheta = json.has("theta");
    if (hasBlocks && hasTheta) {
      throw UserInputException.at(file, "theta",
          "given twice (also as " + String.join(", ", blocks) + "); give one of them");
    }
    if (hasTheta) {
      return JsonFields.doubles(JsonFields.required(json, "theta", file), file, "theta",
          model.blocks() * d);
    }
    if (!hasBlocks) {
      throw UserInputException.at(file, blocks[0], "missing (the parameters: "
          + String.join(", ", blocks) + ", or one flat theta)");
    }
    double[] theta = new double[blocks.length * d];
    for (int block = 0; block < blocks.length; block++) {
      System.arraycopy(JsonFields.doubles(JsonFields.required(json, blocks[block], file), file,
          blocks[block], d), 0, theta, block * d, d);
    }
    return theta;
  }
}
