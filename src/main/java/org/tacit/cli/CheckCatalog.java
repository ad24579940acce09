package org.tacit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiFunction;
import org.tacit.exact.RationalMatrix;
import org.tacit.io.InstanceReader;
import org.tacit.io.JsonNumbers;
import org.tacit.io.LinearSystemInput;
import org.tacit.io.UserInputException;
import org.tacit.l1rate.check.DeviationSplitLemmaChecker;
import org.tacit.l1rate.check.EntropyDivergenceDefinitionChecker;
import org.tacit.l1rate.check.FlowLimitProjectionChecker;
import org.tacit.l1rate.check.KernelIdentityLemmaChecker;
import org.tacit.l1rate.check.MaximalSupportLemmaChecker;
import org.tacit.l1rate.check.MinimumNormLimitChecker;
import org.tacit.l1rate.check.NullSpaceConeLemmaChecker;
import org.tacit.l1rate.check.RateLowerBoundChecker;
import org.tacit.l1rate.check.RateUpperBoundChecker;
import org.tacit.l1rate.check.VanishingDeviationChecker;
import org.tacit.l1rate.family.NullSpaceFamilies;
import org.tacit.l1rate.family.ProjectionLemmaFamilies;
import org.tacit.l1rate.family.RateFamilies;
import org.tacit.l1rate.family.SolvedConstantsFamilies;
import org.tacit.l1rate.model.PositiveSystem;
import org.tacit.lp.LinearSystem;
import org.tacit.stepsize.check.DepthStabilityLemmaChecker;
import org.tacit.stepsize.check.DepthStableSolutionTheoremChecker;
import org.tacit.stepsize.check.DepthTwoStabilityLemmaChecker;
import org.tacit.stepsize.check.DepthTwoStableSolutionTheoremChecker;
import org.tacit.stepsize.check.LinearStabilityLemmaChecker;
import org.tacit.stepsize.check.PowerDifferenceLemmaChecker;
import org.tacit.stepsize.check.RealPowerDifferenceLemmaChecker;
import org.tacit.stepsize.check.UvStabilityLemmaChecker;
import org.tacit.stepsize.check.UvStableSolutionTheoremChecker;
import org.tacit.stepsize.family.ConvergedRunFamily;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkModel;
import org.tacit.stepsize.model.PowerDifferenceInstance;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.Verdict;

/**
 * Every theorem checker the command line knows, each with its built-in instance family and,
 * where supported, a reader for a user's instance ({@code tacit check ID --in FILE}).
 *
 * <p>The NRSS stability lemmas read a data set and a parameter vector:
 * {@code {"x": [[x_11, ..., x_1d], ..., [x_N1, ..., x_Nd]], "y": [y_1, ..., y_N],
 * "theta": [...]}} (rows of {@code x} are the samples; {@code theta = (u_+; u_-)} of length
 * {@code 2d}, or {@code (u_+; v_+; u_-; v_-)} of length {@code 4d} for the UV model), plus
 * {@code "depth": D} for {@code NRSS:lem-6.1}. Numbers may be JSON numbers or strings
 * {@code "p/q"}; they are rounded to double. Whether {@code theta} is a solution is a hypothesis
 * the checker verifies (exit code 3 when it is not).
 *
 * <p>{@code MS:lem-III.1} and {@code MS:rem-I.1} read a linear system
 * {@code {"A": [[...]], "y": [...]}} (rationals exact); their hypotheses (Assumption II.1, full row
 * rank) fail with exit code 3 naming the failed part. The Theorem II.2
 * entries run on the built-in certified known-minimizer instances with exact constants from
 * {@code NullSpaceConstantsSolver}; (b) is checked in its corrected form (erratum of (II.4)).
 *
 * <p>The printed form of Lemma 6.1 ({@code DepthStabilityLemmaAsPrintedChecker}, erratum
 * {@code NRSS:eq-13}/{@code NRSS:eq-14}) is deliberately not registered: it fails by design, and
 * {@code check --all} must report only genuine failures.
 */
final class CheckCatalog {

  /**
   * One runnable check.
   *
   * @param name unique name of the entry (the spec ID, with a suffix when an item has several)
   * @param specId the item
   * @param familyName description of the built-in instances
   * @param runOnce draws one built-in instance and checks it
   * @param fromJson checks a user's instance given as JSON (file name for messages)
   * @param skipsUnmetHypotheses whether built-in instances may miss a hypothesis that no generator
   *     can guarantee (GD converging within its budget); such instances are counted as skipped,
   *     not as failures, and the entry fails if every instance is skipped
   */
  record Entry(String name, String specId, String familyName,
      java.util.function.Function<Draws, Verdict> runOnce,
      BiFunction<JsonNode, String, Verdict> fromJson, boolean skipsUnmetHypotheses) {

    /**
     * An entry whose built-in instances meet the hypotheses by construction: an instance that
     * does not is a failure (a generator bug).
     */
    Entry(String name, String specId, String familyName,
        java.util.function.Function<Draws, Verdict> runOnce,
        BiFunction<JsonNode, String, Verdict> fromJson) {
      this(name, specId, familyName, runOnce, fromJson, false);
    }
  }

  private CheckCatalog() {}

  static List<Entry> entries() {
    CheckSuite<PowerDifferenceInstance> exact =
        new CheckSuite<>(new PowerDifferenceLemmaChecker(), PowerDifferenceLemmaChecker.family());
    CheckSuite<RealPowerDifferenceLemmaChecker.Instance> real =
        new CheckSuite<>(new RealPowerDifferenceLemmaChecker(), RealPowerDifferenceLemmaChecker.family());
    CheckSuite<SolutionInstance> depthTwo =
        new CheckSuite<>(new DepthTwoStabilityLemmaChecker(), StabilityFamilies.depth(2, 2));
    CheckSuite<SolutionInstance> depth =
        new CheckSuite<>(new DepthStabilityLemmaChecker(), StabilityFamilies.depth(2, 6));
    CheckSuite<SolutionInstance> uv =
        new CheckSuite<>(new UvStabilityLemmaChecker(), StabilityFamilies.uv());
    CheckSuite<LinearSystem> lemmaIII1 =
        new CheckSuite<>(new NullSpaceConeLemmaChecker(), NullSpaceFamilies.certified(5, 10, 4, 4));
    CheckSuite<LinearSystem> minimumNorm =
        new CheckSuite<>(new MinimumNormLimitChecker(), MinimumNormLimitChecker.family());
    CheckSuite<FlowLimitProjectionChecker.Instance> flow =
        new CheckSuite<>(new FlowLimitProjectionChecker(), FlowLimitProjectionChecker.family());
    return List.of(
        new Entry("NRSS:lem-A.1", exact.specId(), exact.family().name(), exact::runOnce,
            (json, file) -> exact.checker().check(new PowerDifferenceInstance(
                JsonNumbers.rational(field(json, "a", file), file, "a"),
                JsonNumbers.rational(field(json, "b", file), file, "b"),
                JsonNumbers.integer(field(json, "p", file), file, "p")))),
        new Entry("NRSS:lem-A.1/real", real.specId(), real.family().name(), real::runOnce,
            (json, file) -> real.checker().check(new RealPowerDifferenceLemmaChecker.Instance(
                JsonNumbers.rational(field(json, "a", file), file, "a").doubleValue(),
                JsonNumbers.rational(field(json, "b", file), file, "b").doubleValue(),
                JsonNumbers.rational(field(json, "p", file), file, "p").doubleValue()))),
        new Entry("NRSS:lem-4.1", depthTwo.specId(), depthTwo.family().name(), depthTwo::runOnce,
            (json, file) -> depthTwo.checker().check(
                solution(json, file, new DepthDiagonalModel(2)))),
        new Entry("NRSS:lem-6.1", depth.specId(), depth.family().name(), depth::runOnce,
            (json, file) -> depth.checker().check(
                solution(json, file, depthModel(json, file)))),
        new Entry("NRSS:lem-C.1", uv.specId(), uv.family().name(), uv::runOnce,
            (json, file) -> uv.checker().check(solution(json, file, new UvDiagonalModel()))),
        new Entry("MS:rem-I.2", flow.specId(), flow.family().name(), flow::runOnce,
            (json, file) -> flow.checker().check(flowInstance(json, file))),
        builtInOnly("MS:lem-III.2", new CheckSuite<>(new MaximalSupportLemmaChecker(),
            ProjectionLemmaFamilies.mixed())),
        builtInOnly("MS:lem-III.3ii", new CheckSuite<>(new KernelIdentityLemmaChecker(),
            ProjectionLemmaFamilies.mixed())),
        builtInOnly("MS:lem-III.3i", new CheckSuite<>(new DeviationSplitLemmaChecker(),
            ProjectionLemmaFamilies.knownEither())),
        builtInOnly("MS:eq-I.2", new CheckSuite<>(new VanishingDeviationChecker(),
            ProjectionLemmaFamilies.knownEither())),
        new Entry("MS:lem-III.1", lemmaIII1.specId(), lemmaIII1.family().name(),
            lemmaIII1::runOnce, (json, file) -> {
              LinearSystemInput input = InstanceReader.linearSystem(json, file);
              return lemmaIII1.checker().check(
                  new LinearSystem(RationalMatrix.of(input.a()), input.y()));
            }),
        builtInOnly("MS:def-I.5", new CheckSuite<>(new EntropyDivergenceDefinitionChecker(),
            EntropyDivergenceDefinitionChecker.family())),
        new Entry("MS:rem-I.1", minimumNorm.specId(), minimumNorm.family().name(),
            minimumNorm::runOnce, (json, file) -> {
              LinearSystemInput input = InstanceReader.linearSystem(json, file);
              return minimumNorm.checker().check(
                  new LinearSystem(RationalMatrix.of(input.a()), input.y()));
            }),
        builtInOnly("MS:thm-II.2a", new CheckSuite<>(new RateUpperBoundChecker(),
            RateFamilies.upperBound(SolvedConstantsFamilies.knownMinimizer(false), 12))),
        builtInOnly("MS:thm-II.2b", new CheckSuite<>(
            new RateLowerBoundChecker(RateLowerBoundChecker.Form.CORRECTED),
            RateFamilies.lowerBound(SolvedConstantsFamilies.knownMinimizer(true), 12))),
        gradientDescentRuns("NRSS:lem-2.3", new CheckSuite<>(new LinearStabilityLemmaChecker(),
            ConvergedRunFamily.depth(2, 4))),
        gradientDescentRuns("NRSS:thm-4.2", new CheckSuite<>(new DepthTwoStableSolutionTheoremChecker(),
            ConvergedRunFamily.depth(2, 2))),
        gradientDescentRuns("NRSS:thm-6.2", new CheckSuite<>(new DepthStableSolutionTheoremChecker(),
            ConvergedRunFamily.depth(2, 4))),
        gradientDescentRuns("NRSS:thm-B.1", new CheckSuite<>(new UvStableSolutionTheoremChecker(),
            ConvergedRunFamily.uv())));
  }

  /** An entry that runs on built-in instances only; {@code --in} is refused with one line. */
  private static <I> Entry builtInOnly(String name, CheckSuite<I> suite) {
    return new Entry(name, suite.specId(), suite.family().name(), suite::runOnce,
        (json, file) -> {
          throw new UserInputException(name + " runs on built-in instances only (no --in format yet)");
        });
  }

  /**
   * A built-in-only entry on GD runs: a run that does not converge within its budget misses the
   * hypothesis "theta is a solution GD converged to" and is skipped (see {@link Entry}).
   */
  private static <I> Entry gradientDescentRuns(String name, CheckSuite<I> suite) {
    Entry plain = builtInOnly(name, suite);
    return new Entry(name, suite.specId(), suite.family().name(), suite::runOnce,
        plain.fromJson(), true);
  }

  /** {"A": [[...]], "y": [...], "x": [...] (a positive solution), "alpha": a}. */
  private static FlowLimitProjectionChecker.Instance flowInstance(JsonNode json, String file) {
    LinearSystemInput system = InstanceReader.linearSystem(json, file);
    JsonNode xNode = field(json, "x", file);
    if (!xNode.isArray() || xNode.size() != system.cols()) {
      throw UserInputException.at(file, "x", "expected " + system.cols()
          + " numbers (a strictly positive solution of A x = y)");
    }
    double[] x = new double[system.cols()];
    for (int j = 0; j < x.length; j++) {
      x[j] = JsonNumbers.rational(xNode.get(j), file, "x[" + j + "]").doubleValue();
    }
    double alpha = JsonNumbers.rational(field(json, "alpha", file), file, "alpha").doubleValue();
    return new FlowLimitProjectionChecker.Instance(
        new PositiveSystem(system.aAsDouble(), system.yAsDouble(), x), alpha);
  }

  private static JsonNode field(JsonNode json, String name, String file) {
    JsonNode value = json.get(name);
    if (value == null) {
      throw UserInputException.at(file, name, "missing");
    }
    return value;
  }

  private static DiagonalNetworkModel depthModel(JsonNode json, String file) {
    int depth = JsonNumbers.integer(field(json, "depth", file), file, "depth");
    if (depth < 2) {
      throw UserInputException.at(file, "depth", "must be an integer >= 2, found " + depth);
    }
    return new DepthDiagonalModel(depth);
  }

  /**
   * The instance {@code {"x": [[...], ...], "y": [...], "theta": [...]}} for {@code model}; shape
   * errors are bad input, while "theta is a solution" is left to the checker (a hypothesis).
   */
  private static SolutionInstance solution(JsonNode json, String file,
      DiagonalNetworkModel model) {
    JsonNode rows = field(json, "x", file);
    if (!rows.isArray() || rows.isEmpty()) {
      throw UserInputException.at(file, "x", "expected a non-empty array of rows (the samples)");
    }
    int samples = rows.size();
    JsonNode first = rows.get(0);
    if (!first.isArray() || first.isEmpty()) {
      throw UserInputException.at(file, "x[0]", "expected a non-empty array of numbers");
    }
    int dimension = first.size();
    double[] features = new double[samples * dimension];
    for (int n = 0; n < samples; n++) {
      JsonNode row = rows.get(n);
      if (!row.isArray() || row.size() != dimension) {
        throw UserInputException.at(file, "x[" + n + "]",
            "expected an array of " + dimension + " numbers (every row has length d)");
      }
      double[] values = numbers(row, file, "x[" + n + "]", dimension);
      System.arraycopy(values, 0, features, n * dimension, dimension);
    }
    double[] labels = numbers(field(json, "y", file), file, "y", samples);
    double[] theta = numbers(field(json, "theta", file), file, "theta",
        model.blocks() * dimension);
    return new SolutionInstance(new RegressionData(samples, dimension, features, labels), model,
        theta);
  }

  private static double[] numbers(JsonNode array, String file, String name, int length) {
    if (!array.isArray() || array.size() != length) {
      throw UserInputException.at(file, name, "expected an array of " + length + " numbers");
    }
    double[] values = new double[length];
    for (int k = 0; k < length; k++) {
      values[k] = JsonNumbers.rational(array.get(k), file, name + "[" + k + "]").doubleValue();
    }
    return values;
  }
}
