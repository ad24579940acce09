package org.tacit.l1rate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.family.NullSpaceFamilies;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.NullSpaceSlice;
import org.tacit.spec.Verifies;

/**
 * The screened branch and bound of {@link SignPatternSearch} on an instance where screening
 * actually skips exact solves, both ways (nodes branched on from the double solve, and nodes
 * pruned by the exact bound from double duals): a uniform random integer A (12 x 36, entries in [-5, 5]) with a
 * 6-sparse positive x*, seed 1, Assumption II.1 checked exactly. The reference is the plain
 * enumeration of all 2^6 sign patterns (one exact LP each, no screening, no pruning).
 */
class SignPatternSearchTest {

  @Test
  @Verifies("MS:eq-II.2")
  void screenedBranchAndBoundEqualsEnumerationAndSkipsExactSolves() {
    LinearSystem system = NullSpaceFamilies.uniformSparse(12, 36, 6, 1);
    AssumptionII1Report report = AssumptionII1.check(system, LpPrecision.EXACT);
    assertThat(report.holds()).as(report.toString()).isTrue();
    int[] support = report.minimizer().support();
    int d = system.cols();
    BigRational[] ones = NullSpaceSlice.onSupport(d, support, BigRational.ONE);
    BigRational[] minus = NullSpaceSlice.onSupport(d, support, BigRational.MINUS_ONE);
    BigRational[] zeros = NullSpaceSlice.onSupport(d, support, BigRational.ZERO);
    SignPatternSearch search = new SignPatternSearch(system.a(), support, LpPrecision.EXACT);
    SignPatternSearch.Result tilde = search.maximize(ones, minus);
    SignPatternSearch.Result negative = search.maximize(zeros, minus);
    assertThat(tilde.screenedOnly() + negative.screenedOnly()).isPositive();
    assertThat(tilde.prunedByDualBound() + negative.prunedByDualBound()).isPositive();
    SignPatternSearch reference =
        new SignPatternSearch(system.a(), support, LpPrecision.EXACT);
    assertThat(tilde.value()).isEqualTo(reference.maximizeByEnumeration(ones, minus).value());
    assertThat(negative.value()).isEqualTo(reference.maximizeByEnumeration(zeros, minus).value());
    assertThat(system.a().multiply(tilde.witness())).containsOnly(BigRational.ZERO);
  }

  /**
   * Progress reports (interval 0, so one per LP once an incumbent exists): named as asked, LP
   * counts strictly increasing and at most the final count, best-so-far values non-decreasing and
   * at most the maximum; the result is the same as without a listener.
   */
  @Test
  void progressReportsAreMonotoneAndBoundedByTheResult() {
    LinearSystem system = NullSpaceFamilies.uniformSparse(12, 36, 6, 1);
    int[] support = AssumptionII1.check(system, LpPrecision.EXACT).minimizer().support();
    int d = system.cols();
    BigRational[] ones = NullSpaceSlice.onSupport(d, support, BigRational.ONE);
    BigRational[] minus = NullSpaceSlice.onSupport(d, support, BigRational.MINUS_ONE);
    List<String> names = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    SearchProgress everyStep = new SearchProgress() {
      @Override
      public void report(String constant, int linearPrograms, double bestSoFar) {
        names.add(constant);
        counts.add(linearPrograms);
        values.add(bestSoFar);
      }

      @Override
      public long intervalNanos() {
        return 0;
      }
    };
    SignPatternSearch.Result reported = new SignPatternSearch(system.a(), support,
        LpPrecision.EXACT).maximize(ones, minus, "rho~", everyStep);
    SignPatternSearch.Result silent =
        new SignPatternSearch(system.a(), support, LpPrecision.EXACT).maximize(ones, minus);
    assertThat(reported.value()).isEqualTo(silent.value());
    assertThat(counts).hasSizeGreaterThan(1);
    assertThat(names).containsOnly("rho~");
    assertThat(counts).isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
    assertThat(counts.get(counts.size() - 1)).isLessThanOrEqualTo(reported.linearPrograms());
    assertThat(values).isSortedAccordingTo(Double::compare);
    assertThat(values.get(values.size() - 1)).isLessThanOrEqualTo(reported.value().doubleValue());
  }
}
