package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.DeepHadamardDescent;
import org.tacit.grokking.model.DeepHadamardFactors;
import org.tacit.grokking.model.DeepHadamardInstance;
import org.tacit.grokking.model.LeastSquaresLoss;
import org.tacit.grokking.model.StepObserver;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR eq-118: the gradient of {@code g(a) = ||X a - y||^2 / 2} in the factor {@code A_i} of
 * {@code a = A_1 o ... o A_L} is {@code diag(o_{k != i} A_k) G(a)}, the weight decay has
 * {@code H(A_i) = A_i}, and the update is
 * {@code A_i <- A_i - alpha G(A_i) - alpha beta H(A_i) = (1 - alpha beta) A_i - alpha diag(o_{k != i}
 * A_k) G(a)}.
 *
 * <p>Checks, exactly: {@code a} is linear in each factor, so {@code t -> g(a(A_i + t e_j))} is a
 * quadratic and its derivative at 0 is the exact central difference
 * {@code (g(A_i + e_j) - g(A_i - e_j))/2}: it equals the printed factor gradient for every i, j;
 * the derivative of the weight decay equals {@code H(A_i)}: in the {@link StatementForm#CORRECTED}
 * form {@code h(A_i) = ||A_i||_2^2 / 2} (central differences again exact), in the
 * {@link StatementForm#PRINTED} form {@code h(A_i) = ||A_i||_2 / 2}, whose gradient
 * {@code A_i / (2 ||A_i||)} has squared norm 1/4, compared with {@code ||H(A_i)||^2 = ||A_i||^2}
 * (false unless {@code ||A_i|| = 1/2}: erratum E30); the closed form of (118) equals
 * {@code A_i - alpha (finite-difference gradient) - alpha beta A_i}; and one update of the training
 * loop's {@link DeepHadamardDescent} from the rounded factors matches the exact update within
 * {@link TdrTolerances#deepStep} per entry (relative to the entry's scale). Cost: O(L n (N n + L))
 * rational operations.
 *
 * <p>Spec: {@code TDR:eq-118}.
 */
public final class DeepFactorUpdateChecker extends TheoremChecker<DeepHadamardInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:eq-118";

  private final StatementForm form;

  /** The checker of the given form ({@code CORRECTED} is registered). */
  public DeepFactorUpdateChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(DeepHadamardInstance instance) {
    return "N=" + instance.x().rows() + ", n=" + instance.x().cols() + ", L="
        + instance.factors().length + ", alpha=" + instance.alpha() + ", beta=" + instance.beta()
        + ", " + form;
  }

  @Override
  protected List<Check> evaluate(DeepHadamardInstance instance, Hypotheses hypotheses) {
    if (!DepthHypotheses.shapes(instance, hypotheses)) {
      return List.of();
    }
    RationalMatrix x = instance.x();
    BigRational[] y = instance.y();
    BigRational[][] factors = instance.factors();
    BigRational alpha = instance.alpha();
    BigRational beta = instance.beta();
    int depth = factors.length;
    int n = x.cols();
    BigRational[] gradient = DeepHadamardFactors.gradient(x, y,
        DeepHadamardFactors.product(factors, -1));
    BigRational[][] next = DeepHadamardFactors.step(x, y, factors, alpha, beta);
    BigRational gradientGap = BigRational.ZERO;
    BigRational decayGap = BigRational.ZERO;
    BigRational updateGap = BigRational.ZERO;
    for (int i = 0; i < depth; i++) {
      BigRational[] printed = DeepHadamardFactors.factorGradient(factors, i, gradient);
      for (int j = 0; j < n; j++) {
        BigRational difference = centralDifference(x, y, factors, i, j);
        gradientGap = gradientGap.add(difference.subtract(printed[j]).abs());
        BigRational decay = halfSquaredNormDifference(factors[i], j);
        decayGap = decayGap.add(decay.subtract(factors[i][j]).abs());
        BigRational expected = factors[i][j].subtract(alpha.multiply(difference))
            .subtract(alpha.multiply(beta).multiply(decay));
        updateGap = updateGap.add(next[i][j].subtract(expected).abs());
      }
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID,
        "sum_ij |dg/dA_i[j] (exact central difference) - [diag(o_{k != i} A_k) G(a)]_j| = 0",
        gradientGap, BigRational.ZERO));
    if (form == StatementForm.CORRECTED) {
      checks.add(Check.equal(SPEC_ID,
          "sum_ij |d(||A_i||^2/2)/dA_i[j] - H(A_i)_j| = 0 (h = ||.||_2^2 / 2, H = A_i)", decayGap,
          BigRational.ZERO));
    } else {
      for (int i = 0; i < depth; i++) {
        BigRational squared = RationalVectors.dot(factors[i], factors[i]);
        if (!squared.isZero()) {
          checks.add(Check.equal(SPEC_ID,
              "||grad h(A_" + (i + 1) + ")||^2 = 1/4 (h = ||.||_2 / 2) equals ||H(A_i)||^2",
              BigRational.of(1, 4), squared));
        }
      }
    }
    checks.add(Check.equal(SPEC_ID,
        "sum_ij |(1 - alpha beta) A_i - alpha diag(o_{k != i} A_k) G(a) - (A_i - alpha G(A_i)"
            + " - alpha beta H(A_i))| = 0",
        updateGap, BigRational.ZERO));
    checks.add(trainingLoopStep(instance, next));
    return checks;
  }

  /** {@code (g(a(A_i + e_j)) - g(a(A_i - e_j)))/2}, exact for the quadratic in the shift. */
  private static BigRational centralDifference(RationalMatrix x, BigRational[] y,
      BigRational[][] factors, int i, int j) {
    BigRational[][] plus = DeepHadamardFactors.copy(factors);
    BigRational[][] minus = DeepHadamardFactors.copy(factors);
    plus[i][j] = plus[i][j].add(BigRational.ONE);
    minus[i][j] = minus[i][j].subtract(BigRational.ONE);
    return DeepHadamardFactors.loss(x, y, DeepHadamardFactors.product(plus, -1))
        .subtract(DeepHadamardFactors.loss(x, y, DeepHadamardFactors.product(minus, -1)))
        .divide(BigRational.TWO);
  }

  /** {@code (h(A + e_j) - h(A - e_j))/2} for {@code h = ||.||^2 / 2}: exact. */
  private static BigRational halfSquaredNormDifference(BigRational[] factor, int j) {
    BigRational plus = factor[j].add(BigRational.ONE).pow(2);
    BigRational minus = factor[j].subtract(BigRational.ONE).pow(2);
    return plus.subtract(minus).divide(BigRational.of(4));
  }

  /** One double update of the training loop's method against the exact update. */
  private static Check trainingLoopStep(DeepHadamardInstance instance, BigRational[][] next) {
    RationalMatrix x = instance.x();
    BigRational[][] factors = instance.factors();
    int depth = factors.length;
    int samples = x.rows();
    int n = x.cols();
    double[] design = x.toDoubleRowMajor();
    double[] y = new double[samples];
    for (int r = 0; r < samples; r++) {
      y[r] = instance.y()[r].doubleValue();
    }
    double[] theta = new double[depth * n];
    for (int k = 0; k < depth; k++) {
      for (int j = 0; j < n; j++) {
        theta[k * n + j] = factors[k][j].doubleValue();
      }
    }
    double alpha = instance.alpha().doubleValue();
    double beta = instance.beta().doubleValue();
    DeepHadamardDescent method = new DeepHadamardDescent(
        new LeastSquaresLoss(design, samples, n, y), depth, beta, StepObserver.NONE);
    double[] before = theta.clone();
    method.loss(theta);
    method.update(theta, 0, alpha);
    double[] a = DeepHadamardDescent.product(before, depth);
    double[] absoluteResidual = new double[samples];
    for (int r = 0; r < samples; r++) {
      double sum = Math.abs(y[r]);
      for (int j = 0; j < n; j++) {
        sum += Math.abs(design[r * n + j] * a[j]);
      }
      absoluteResidual[r] = sum;
    }
    double worst = 0;
    for (int k = 0; k < depth; k++) {
      for (int j = 0; j < n; j++) {
        double others = 1;
        for (int m = 0; m < depth; m++) {
          others *= m == k ? 1 : Math.abs(before[m * n + j]);
        }
        double column = 0;
        for (int r = 0; r < samples; r++) {
          column += Math.abs(design[r * n + j]) * absoluteResidual[r];
        }
        double scale = Math.abs((1 - alpha * beta) * before[k * n + j])
            + alpha * others * column;
        double discrepancy = Math.abs(theta[k * n + j] - next[k][j].doubleValue());
        worst = Math.max(worst, scale == 0 ? discrepancy : discrepancy / scale);
      }
    }
    return Check.lessOrEqual(SPEC_ID,
        "max_ij |double update (training loop) - exact update| / scale_ij <= deepStep(N, n, L)",
        worst, TdrTolerances.deepStep(samples, n, depth), 0.0);
  }
}
