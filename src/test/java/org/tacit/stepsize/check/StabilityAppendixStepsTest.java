package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.stepsize.model.HessianSpectrum;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.verify.Check;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/**
 * The proof steps (30)-(33) of NRSS Appendix A.2 ({@link StabilityChecks#appendixSteps}) asserted
 * by spec ID and label, in order, at depths 2 and 4 and through both lemma checkers, so that a
 * checker that drops or reorders them fails (issue #19). The cross-relations between the steps'
 * sides come from the proof: (30) compares {@code D^2 sum_i w_i m_i^2} with the Rayleigh quotient,
 * (31) rewrites that sum as a norm, (32) multiplies the norm by {@code D^2}, and the two ends of
 * (33) are lambda_max and {@code D^2 sum_i w_i q_i}, the right side of the trace identity.
 */
class StabilityAppendixStepsTest {

  private static final List<String> IDS = List.of("NRSS:eq-30", "NRSS:eq-30", "NRSS:eq-31",
      "NRSS:eq-32", "NRSS:eq-33", "NRSS:eq-33", "NRSS:eq-33", "NRSS:eq-33");

  private static final List<String> LABELS = List.of(
      "(1/N)||Phi 1/sqrt(N)||^2 = D^2 sum_i w_i (Ex_i)^2",
      "(1/N)||Phi 1/sqrt(N)||^2 <= lambda_max",
      "sum_i w_i (Ex_i)^2 = ||theta^D o (Ex;Ex)^{D/(D-1)}||_p^p",
      "D^2 ||theta^D o (Ex;Ex)^{D/(D-1)}||_p^p <= lambda_max",
      "lambda_max = (D^2/N) sum_i w_i (sum_n x_{n,i} p_n)^2",
      "worst i: (sum_n x_{n,i} p_n)^2 <= sum_n x_{n,i}^2 (Cauchy-Schwarz)",
      "D^2 sum_i w_i Ehat(x_i^2) = (1/N) tr(Phi^T Phi)",
      "lambda_max <= D^2 sum_i w_i Ehat(x_i^2)");

  private static SolutionInstance solution(int depth, long seed) {
    return StabilityFamilies.depth(depth, depth).draw(new SeededDraws(seed));
  }

  private static void assertSteps(List<Check> steps, int depth, double lambda,
      StabilityChecks.DepthSums sums) {
    assertThat(steps).extracting(Check::specId).containsExactlyElementsOf(IDS);
    assertThat(steps).extracting(Check::label).containsExactlyElementsOf(LABELS);
    assertThat(steps).allMatch(Check::holds);
    double squareDepth = (double) depth * depth;
    assertThat(steps.get(0).rhs()).isEqualTo(squareDepth * sums.lowerSum());
    assertThat(steps.get(1).rhs()).isEqualTo(lambda);
    assertThat(steps.get(1).lhs()).isEqualTo(steps.get(0).lhs());
    assertThat(steps.get(2).lhs()).isEqualTo(sums.lowerSum());
    assertThat(steps.get(2).rhs()).isEqualTo(sums.lowerNorm());
    assertThat(steps.get(3).lhs()).isEqualTo(squareDepth * sums.lowerNorm());
    assertThat(steps.get(3).rhs()).isEqualTo(lambda);
    assertThat(steps.get(4).lhs()).isEqualTo(lambda);
    assertThat(steps.get(5).lhs()).isLessThanOrEqualTo(steps.get(5).rhs());
    assertThat(steps.get(5).rhs()).isPositive();
    assertThat(steps.get(6).lhs()).isEqualTo(squareDepth * sums.upperSum());
    assertThat(steps.get(7).lhs()).isEqualTo(lambda);
    assertThat(steps.get(7).rhs()).isEqualTo(steps.get(6).lhs());
  }

  @Test
  void depthTwoAndFourStepsAreTheEightLabelledChecks() {
    for (int depth : new int[] {2, 4}) {
      for (long seed = 1; seed <= 3; seed++) {
        SolutionInstance instance = solution(depth, seed);
        HessianSpectrum spectrum = HessianSpectrum.of(instance);
        StabilityChecks.DepthSums sums = StabilityChecks.depthSums(instance, depth);
        List<Check> steps = StabilityChecks.appendixSteps(instance, spectrum, depth, sums);
        assertSteps(steps, depth, spectrum.lambdaMax(), sums);
      }
    }
  }

  @Test
  void bothLemmaCheckersEvaluateTheSteps() {
    Verdict two = new DepthTwoStabilityLemmaChecker().check(solution(2, 7));
    assertThat(two.holds()).as(two.describe()).isTrue();
    assertThat(two.checks()).extracting(Check::label).containsSubsequence(LABELS);
    Verdict deep = new DepthStabilityLemmaChecker().check(solution(3, 7));
    assertThat(deep.holds()).as(deep.describe()).isTrue();
    assertThat(deep.checks()).extracting(Check::label).containsSubsequence(LABELS);
    assertThat(deep.checks().stream().filter(c -> c.specId().equals("NRSS:eq-33")).count())
        .isEqualTo(4);
  }

  /**
   * The equal forms of lambda_max ({@link StabilityChecks#spectralForms}): five labelled checks
   * with the items given, the Phi Phi^T label naming the display when one is given; every
   * check's left side is lambda_max itself, and Euler's discrepancy is compared with 0.
   */
  @Test
  void spectralFormsAreTheFiveLabelledChecks() {
    SolutionInstance instance = solution(2, 11);
    HessianSpectrum spectrum = HessianSpectrum.of(instance);
    double lambda = spectrum.lambdaMax();
    List<Check> plain = StabilityChecks.spectralForms(spectrum, "A", "B", "C", "");
    assertThat(plain).extracting(Check::specId).containsExactly("A", "A", "A", "B", "C");
    assertThat(plain).extracting(Check::label).containsExactly(
        "lambda_max(H) = lambda_max((1/N) Phi^T Phi)",
        "lambda_max(H) = b^T H b at the top eigenvector b",
        "lambda_max(H) = (1/N)||Phi p||^2 at the top p",
        "max_n |<theta, grad f(x_n)> - deg f(x_n)| / scale_n = 0 (Euler)",
        "lambda_max(H) = lambda_max((1/N) Phi Phi^T)");
    assertThat(plain).allMatch(Check::holds);
    assertThat(List.of(plain.get(0), plain.get(1), plain.get(2), plain.get(4)))
        .allMatch(c -> c.lhs() == lambda);
    assertThat(plain.get(3).rhs()).isZero();
    List<Check> named = StabilityChecks.spectralForms(spectrum, "A", "B", "C", "(29)");
    assertThat(named.get(4).label())
        .isEqualTo("lambda_max(H) = lambda_max((1/N) Phi Phi^T), Phi of (29)");
  }
}
