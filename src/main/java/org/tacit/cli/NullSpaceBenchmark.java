package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.tacit.l1rate.family.NullSpaceFamilies;
import org.tacit.l1rate.model.AssumptionII1;
import org.tacit.l1rate.model.AssumptionII1Report;
import org.tacit.l1rate.model.NullSpaceConstants;
import org.tacit.l1rate.model.NullSpaceConstantsSolver;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.verify.SeededDraws;

/**
 * The {@code constants} benchmark of {@code tacit bench}: wall-clock time of Assumption II.1 plus
 * rho alone, and of all constants (rho, rho~, rho^-, kappa*), exact and double, on N x d integer
 * instances with support sizes |S| from a list. Two instance families: {@code certified}
 * ({@link NullSpaceFamilies#sized}: Assumption II.1 holds by a constructed dual certificate) and
 * {@code uniform} (A uniform in [-5, 5], x* with |S| entries in [1, 5] at uniformly random places,
 * y = A x*; Assumption II.1 is then checked, and an instance where it fails is reported, not
 * timed). Seeded: the same seed gives the same instances. Nothing is asserted: a benchmark.
 *
 * <p>Spec: no paper item; issue #3's performance targets (exact rho for N = 40, d = 120 under
 * 1 s; rho~ and rho^- under 30 s for |S| <= 12).
 */
final class NullSpaceBenchmark {

  private NullSpaceBenchmark() {}

  /** Runs the benchmark and adds one entry per support size to {@code runs}. */
  static void run(int rows, int cols, int[] supports, String family, long seed, ArrayNode runs,
      PrintWriter err) {
    for (int s : supports) {
      LinearSystem system = family.equals("uniform") ? NullSpaceFamilies.uniformSparse(rows, cols, s, seed)
          : NullSpaceFamilies.sized(rows, cols, s, 5).draw(new SeededDraws(seed));
      ObjectNode run = runs.addObject();
      run.put("support", s);
      run.put("family", family);
      run.put("seed", seed);
      long t0 = System.nanoTime();
      AssumptionII1Report report = AssumptionII1.check(system, LpPrecision.EXACT);
      if (!report.holds()) {
        run.put("assumptionII1", false);
        run.put("reason", report.toString());
        err.printf(Locale.ROOT, "[bench constants] |S|=%d: Assumption II.1 fails, skipped%n", s);
        err.flush();
        continue;
      }
      NullSpaceConstantsSolver.rho(system, LpPrecision.EXACT);
      double rhoMillis = (System.nanoTime() - t0) / 1e6;
      long t1 = System.nanoTime();
      NullSpaceConstants exact = NullSpaceConstantsSolver.compute(system, LpPrecision.EXACT);
      double exactMillis = (System.nanoTime() - t1) / 1e6;
      long t2 = System.nanoTime();
      NullSpaceConstants approximate =
          NullSpaceConstantsSolver.compute(system, LpPrecision.DOUBLE);
      double doubleMillis = (System.nanoTime() - t2) / 1e6;
      run.put("assumptionII1", true);
      run.put("exactRhoMillis", rhoMillis);
      run.put("exactAllMillis", exactMillis);
      run.put("exactLinearPrograms", exact.linearPrograms());
      run.put("exactDoublePrecisionOnly", exact.doublePrecisionOnly());
      run.put("doubleAllMillis", doubleMillis);
      run.put("doubleLinearPrograms", approximate.linearPrograms());
      run.put("rho", exact.rho().doubleValue());
      run.put("rhoTilde", exact.rhoTilde().doubleValue());
      run.put("rhoMinus", exact.rhoMinus().doubleValue());
      run.put("doubleRhoTilde", approximate.rhoTilde().doubleValue());
      err.printf(Locale.ROOT, "[bench constants] %s |S|=%d: exact assumption + rho %.0f ms, exact"
          + " all %.0f ms (%d LPs, %d of them in double precision only), double all %.0f ms%n",
          family, s, rhoMillis, exactMillis, exact.linearPrograms(), exact.doublePrecisionOnly(),
          doubleMillis);
      err.flush();
    }
  }
}
