package org.tacit.grade;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.ProjectionCertificate;
import org.tacit.exact.BigRational;
import org.tacit.io.UserInputException;
import org.tacit.l1rate.model.AssumptionII1;
import org.tacit.l1rate.model.AssumptionII1Report;
import org.tacit.l1rate.model.FeasibleSupport;
import org.tacit.l1rate.model.NullSpaceConstants;
import org.tacit.l1rate.model.NullSpaceConstantsSolver;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.lp.CheckedL1Minimizer;
import org.tacit.lp.L1Solution;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.verify.Hypothesis;

/**
 * Computes the reference answer of every question once, through the library APIs: the exact
 * l1 minimizer and its uniqueness decision ({@link CheckedL1Minimizer}, exact simplex), MS
 * Assumption II.1 ({@link AssumptionII1}) and the MS constants ({@link NullSpaceConstantsSolver},
 * exact), lambda_max of a Hessian ({@link SymmetricEigen#eigenvalues}, Jacobi, with the error
 * bound of {@link GradeTolerances#LAMBDA_MAX_REFERENCE_FACTOR}). A question whose reference does
 * not exist (no solution, Assumption II.1 fails for an MS constant, lambda_max <= 0 for a
 * stability step) is the instructor's error: {@link UserInputException}.
 */
public final class ReferenceSolver {

  private ReferenceSolver() {}

  /** The references of all questions, keyed by question id in assignment order. */
  public static Map<String, Reference> solve(Assignment assignment) {
    Map<String, Reference> references = new LinkedHashMap<>();
    for (Question question : assignment.questions()) {
      references.put(question.id(), solve(question));
    }
    return references;
  }

  /** The reference of one question. */
  public static Reference solve(Question question) {
    Instance instance = question.instance();
    return switch (question.quantity()) {
      case L1_MINIMIZER, L1_UNIQUE, L1_SUPPORT -> l1(question, instance);
      case ASSUMPTION_II1 -> assumption(instance);
      case MS_RHO, MS_RHO_TILDE, MS_RHO_MINUS, MS_KAPPA -> constant(question, instance);
      case LAMBDA_MAX, STABILITY_STEP -> spectral(question, instance);
      case ENTROPY_PROJECTION -> projection(question, instance);
    };
  }

  private static Reference l1(Question question, Instance instance) {
    L1Solution solution = CheckedL1Minimizer.solve(instance.system(), instance.nonnegative(),
        LpPrecision.EXACT).solution();
    BigRational value = solution.value();
    if (!solution.feasible() || value == null) {
      throw new UserInputException("question " + question.id() + ": A x = y has no "
          + (instance.nonnegative() ? "nonnegative " : "") + "solution");
    }
    String certificate = "exact rational simplex (CheckedL1Minimizer, EXACT): ||x*||_1 = " + value
        + "; uniqueness: " + solution.reason();
    return switch (question.quantity()) {
      case L1_MINIMIZER -> Reference.numbers(solution.x(), certificate);
      case L1_SUPPORT -> Reference.indices(solution.support(), certificate);
      default -> Reference.verdict(solution.unique(), certificate);
    };
  }

  private static Reference assumption(Instance instance) {
    AssumptionII1Report report = AssumptionII1.check(instance.system(), LpPrecision.EXACT);
    String certificate = report.holds() ? "all three parts hold: (a) " + report.a().reason()
        + "; (b) " + report.b().reason() + "; (c) " + report.c().reason()
        : "fails: " + failure(report);
    return Reference.verdict(report.holds(), certificate);
  }

  /** The failing part of Assumption II.1, named, with its reason. */
  static String failure(AssumptionII1Report report) {
    return report.hypotheses().firstFailure().map(Hypothesis::describe).orElse("none");
  }

  private static Reference constant(Question question, Instance instance) {
    AssumptionII1Report report = AssumptionII1.check(instance.system(), LpPrecision.EXACT);
    if (!report.holds()) {
      throw new UserInputException("question " + question.id() + ": " + question.quantity().key()
          + " is defined under Assumption II.1, which fails: " + failure(report));
    }
    NullSpaceConstants constants =
        NullSpaceConstantsSolver.compute(instance.system(), LpPrecision.EXACT);
    BigRational value;
    BigRational[] witness;
    switch (question.quantity()) {
      case MS_RHO -> {
        value = constants.rho();
        witness = constants.rhoWitness();
      }
      case MS_RHO_TILDE -> {
        value = constants.rhoTilde();
        witness = constants.rhoTildeWitness();
      }
      case MS_RHO_MINUS -> {
        value = constants.rhoMinus();
        witness = constants.rhoMinusWitness();
      }
      default -> {
        value = constants.kappa();
        witness = constants.xStar();
      }
    }
    String certificate = "exact LP over the slice Q = {n : A n = 0, n_{S^c} >= 0,"
        + " 1^T n_{S^c} = 1}, S = " + Arrays.toString(constants.support()) + ", x* = "
        + Arrays.toString(constants.xStar()) + "; maximizer (or x* for kappa) "
        + Arrays.toString(witness);
    return Reference.numbers(new BigRational[] {value}, certificate);
  }

  /**
   * x_inf(alpha) on the maximal support (found by one exact LP, MS Lemma III.2), with the
   * projection's certificate: every coordinate is within {@code x_i expm1(logError_i)} of the
   * true value, so the certified l1 distance bound bounds every coordinate's error.
   */
  private static Reference projection(Question question, Instance instance) {
    LinearSystem system = instance.system();
    double alpha = instance.alpha().orElseThrow(() -> new UserInputException("question "
        + question.id() + ": an entropy-projection question needs alpha")).doubleValue();
    boolean[] mask;
    try {
      mask = FeasibleSupport.of(system).mask();
    } catch (IllegalArgumentException e) {
      throw new UserInputException("question " + question.id() + ": " + e.getMessage()
          + " (the projection needs a feasible point)");
    }
    EntropyProjectionResult result;
    try {
      result = new EntropyProjection().solve(
          new EntropyProjectionProblem(system.a(), system.y(), mask), alpha);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("question " + question.id() + ": " + e.getMessage());
    }
    ProjectionCertificate certificate = result.certificate();
    if (!certificate.certified()) {
      throw new UserInputException("question " + question.id() + ": the projection at alpha = "
          + alpha + " could not be certified on this instance; choose another alpha or instance");
    }
    double[] x = result.x();
    BigRational[] values = new BigRational[x.length];
    for (int i = 0; i < x.length; i++) {
      values[i] = BigRational.valueOf(x[i]);
    }
    return new Reference(values, new int[0], false,
        BigRational.valueOf(certificate.l1DistanceBound()), false,
        "entropy projection by dual Newton on the maximal support " + Arrays.toString(mask)
            + "; certified: |x_i - x*_i| <= x_i expm1(e_i), sum <= "
            + certificate.l1DistanceBound() + " (max log error " + certificate.maxLogErrorBound()
            + ")");
  }

  private static Reference spectral(Question question, Instance instance) {
    BigRational[][] h = instance.hessian();
    int n = h.length;
    double[] flat = new double[n * n];
    double frobeniusSquared = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        flat[i * n + j] = h[i][j].doubleValue();
        frobeniusSquared += flat[i * n + j] * flat[i * n + j];
      }
    }
    double[] eigenvalues = SymmetricEigen.eigenvalues(flat, n);
    BigRational lambda = BigRational.valueOf(eigenvalues[n - 1]);
    BigRational error = BigRational.valueOf(
        GradeTolerances.LAMBDA_MAX_REFERENCE_FACTOR * (n + 1) * Math.sqrt(frobeniusSquared));
    String certificate = "cyclic Jacobi eigenvalues " + Arrays.toString(eigenvalues)
        + "; |lambda_max - reference| <= " + error.doubleValue()
        + " (backward stability + Weyl, GradeTolerances.LAMBDA_MAX_REFERENCE_FACTOR)";
    if (question.quantity() == Quantity.LAMBDA_MAX) {
      return new Reference(new BigRational[] {lambda}, new int[0], false, error, false,
          certificate);
    }
    BigRational lower = lambda.subtract(error);
    if (lower.signum() <= 0) {
      throw new UserInputException("question " + question.id()
          + ": the stability step 2/lambda_max needs lambda_max > 0 (certified), found "
          + lambda.doubleValue() + " +- " + error.doubleValue());
    }
    BigRational two = BigRational.TWO;
    BigRational step = two.divide(lambda);
    BigRational stepError = two.multiply(error).divide(lambda.multiply(lower));
    return new Reference(new BigRational[] {step}, new int[0], false, stepError, false,
        certificate + "; 2/lambda_max with |error| <= 2 e / (lambda (lambda - e)) = "
            + stepError.doubleValue());
  }
}
