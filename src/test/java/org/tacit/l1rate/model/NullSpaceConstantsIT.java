package org.tacit.l1rate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.check.NullSpaceConeLemmaChecker;
import org.tacit.l1rate.family.NullSpaceFamilies;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/**
 * Larger instances (issue #3 performance targets), printing timings (not timed assertions):
 * exact rho for N = 40, d = 120; rho~ and rho^- for |S| up to 12; exact vs double agreement and the
 * Lemma III.1 checker on the same instances.
 */
class NullSpaceConstantsIT {

  /**
   * Exact and double at the size N = 40, d = 120 for |S| = 4, 8, 12 (all constants; the
   * exact values are checked against the double ones), and exact at N = 16, d = 48 for
   * |S| = 4, 6 with the Lemma III.1 checker and exact-vs-double agreement. (Before the exact LP
   * layer certified double bases, exact rho~ + rho^- at N = 40, d = 120 took 37 s, 64 s and 144 s
   * for |S| = 4, 8, 12 on 2 cores and was not run here.)
   */
  @Test
  @Verifies("MS:lem-III.1")
  @Verifies("MS:eq-II.1")
  @Verifies("MS:eq-II.2")
  void timingsAndAgreement() {
    for (int s : new int[] {4, 8, 12}) {
      LinearSystem system = NullSpaceFamilies.sized(40, 120, s, 5).draw(new SeededDraws(s));
      long t0 = System.nanoTime();
      NullSpaceConstants approximate = NullSpaceConstantsSolver.compute(system, LpPrecision.DOUBLE);
      long t1 = System.nanoTime();
      NullSpaceConstants exact = NullSpaceConstantsSolver.compute(system, LpPrecision.EXACT);
      long t2 = System.nanoTime();
      System.out.printf("[tacit-bench] N=40 d=120 |S|=%d: double all constants %.0f ms, exact"
          + " %.0f ms, %d LPs; rho=%.6f rho~=%.6f rho^-=%.6f%n", s, (t1 - t0) / 1e6,
          (t2 - t1) / 1e6, exact.linearPrograms(), exact.rho().doubleValue(),
          exact.rhoTilde().doubleValue(), exact.rhoMinus().doubleValue());
      assertThat(exact.rho().doubleValue()).isLessThan(1.0);
      assertThat(approximate.support()).isEqualTo(exact.support());
      assertAgree(exact, approximate);
    }
    for (int s : new int[] {4, 6}) {
      LinearSystem system = NullSpaceFamilies.sized(16, 48, s, 5).draw(new SeededDraws(s));
      long t0 = System.nanoTime();
      NullSpaceConstants exact = NullSpaceConstantsSolver.compute(system, LpPrecision.EXACT);
      long t1 = System.nanoTime();
      NullSpaceConstants approximate = NullSpaceConstantsSolver.compute(system, LpPrecision.DOUBLE);
      long t2 = System.nanoTime();
      System.out.printf("[tacit-bench] N=16 d=48 |S|=%d: exact all constants %.0f ms, %d LPs;"
          + " double %.0f ms; rho=%s rho~=%s rho^-=%s%n", s, (t1 - t0) / 1e6,
          exact.linearPrograms(), (t2 - t1) / 1e6, exact.rho(), exact.rhoTilde(), exact.rhoMinus());
      Verdict verdict = new NullSpaceConeLemmaChecker().check(system);
      assertThat(verdict.holds()).as(verdict.describe()).isTrue();
      assertThat(approximate.support()).isEqualTo(exact.support());
      assertAgree(exact, approximate);
    }
  }

  /** Double within 1e-9 max(1, |exact|) of exact for rho, rho~, rho^- (the double route's policy). */
  private static void assertAgree(NullSpaceConstants exact, NullSpaceConstants approximate) {
    for (BigRational[] pair : new BigRational[][] {{exact.rho(), approximate.rho()},
        {exact.rhoTilde(), approximate.rhoTilde()}, {exact.rhoMinus(), approximate.rhoMinus()}}) {
      assertThat(Math.abs(pair[1].subtract(pair[0]).doubleValue()))
          .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(pair[0].doubleValue())));
    }
  }

  /** The rho LP alone (the "< 1 s" target): exact and double, after the assumption. */
  @Test
  @Verifies("MS:eq-II.1")
  void rhoAloneTimings() {
    for (long seed = 1; seed <= 2; seed++) {
      LinearSystem system = NullSpaceFamilies.sized(40, 120, 12, 5).draw(new SeededDraws(seed));
      AssumptionII1Report report = AssumptionII1.check(system, LpPrecision.EXACT);
      int[] support = report.minimizer().support();
      long t0 = System.nanoTime();
      var exact = RhoDual.value(system.a(), support, LpPrecision.EXACT);
      long t1 = System.nanoTime();
      org.tacit.lp.L1Solution again = org.tacit.lp.NonnegativeL1Minimizer.solve(system,
          LpPrecision.EXACT);
      long t2 = System.nanoTime();
      org.tacit.lp.L1Solution fast = org.tacit.lp.NonnegativeL1Minimizer.solve(system,
          LpPrecision.DOUBLE);
      long t3 = System.nanoTime();
      System.out.printf("[tacit-bench] N=40 d=120 |S|=12 seed=%d: exact rho via dual LP %.0f ms;"
          + " exact l1 min + uniqueness LP (= 1 - rho) %.0f ms; double %.0f ms%n", seed,
          (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
      assertThat(exact).isNotNull();
      assertThat(again.gap()).isEqualTo(org.tacit.exact.BigRational.ONE.subtract(exact));
      assertThat(fast.unique()).isTrue();
    }
  }
}
