package org.tacit.grokking.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.lp.ExactSimplexSolver;
import org.tacit.lp.LinearProgram;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.ObjectiveSense;
import org.tacit.lp.RowSense;

/**
 * The exact stable-null-space constant of a rational matrix A ({@code m x n}) relative to a set
 * S: {@code rho_S = max { ||u_S||_1 : u in ker A, ||u_{S_bar}||_1 <= 1 }} (Definitions C.34, C.35;
 * A satisfies the NSP relative to S iff {@code rho_S < 1}, the stable NSP with constant rho in the
 * Foucart-Rauhut form {@code ||u_S||_1 <= rho ||u_{S_bar}||_1} on {@code ker A} iff
 * {@code rho_S <= rho}).
 *
 * <p>Method: an exact kernel basis K ({@code n x d}). The feasible set is unbounded iff some
 * nonzero kernel vector vanishes on {@code S_bar}, i.e. iff {@code rank K_{S_bar} < d}; that case
 * is decided first and returns such a vector as {@link #witness} (then no rho works). Otherwise
 * {@code ||u_S||_1 = max_eps eps^T u_S} over sign vectors eps, and the maximum of this convex
 * function is the largest of the exact LPs {@code max eps^T (K z)_S s.t. -w <= (K z)_{S_bar} <= w,
 * sum w <= 1} (z free, w >= 0), one per sign pattern; {@code u -> -u} maps the pattern eps to
 * -eps, so the first sign is fixed to +1 ({@code 2^{|S| - 1}} LPs). Each LP is solved by
 * {@link ExactSimplexSolver}; its programs and results are kept for
 * {@link org.tacit.lp.LpCertificateVerifier} (the optimum is proved by its dual certificate).
 *
 * <p>Cost: O(n^3) for the kernel plus {@code 2^{|S|-1}} exact LPs with {@code d + n - |S|}
 * columns and {@code 2 (n - |S|) + 1} rows. Use for n <= 10, |S| <= 4.
 *
 * <p>Spec: {@code TDR:def-C.34}, {@code TDR:def-C.35}, {@code TDR:def-C.37},
 * {@code TDR:def-3.2}, {@code TDR:thm-C.36}.
 *
 * @param bounded whether the maximum is finite (no nonzero kernel vector vanishes off S)
 * @param rho {@code rho_S} when bounded ({@code 0} for a trivial kernel or empty S); {@code 1}
 *     as a placeholder when unbounded
 * @param witness when bounded, a kernel vector with {@code ||u_{S_bar}||_1 = 1} (or 0 when the
 *     maximum is 0) and {@code ||u_S||_1 = rho_S}; when unbounded, a nonzero kernel vector with
 *     {@code u_{S_bar} = 0}
 * @param programs the LPs solved (one per sign pattern), in order
 * @param results their results, in the same order
 */
public record NullSpaceConstant(boolean bounded, BigRational rho, BigRational[] witness,
    List<LinearProgram> programs, List<LpResult> results) {

  /** Copies the arrays and lists. */
  public NullSpaceConstant {
    witness = witness.clone();
    programs = List.copyOf(programs);
    results = List.copyOf(results);
  }

  /** A copy of the witness. */
  @Override
  public BigRational[] witness() {
    return witness.clone();
  }

  /**
   * Computes {@code rho_S} of {@code a} for the sorted, distinct indices {@code support}.
   *
   * @throws IllegalStateException if an LP of the bounded case is not optimal (impossible: the
   *     feasible set contains 0 and is bounded in the objective)
   */
  public static NullSpaceConstant of(RationalMatrix a, int[] support) {
    int n = a.cols();
    int[] complement = SupportSets.complement(n, support);
    RationalMatrix kernel = a.nullSpaceBasis();
    int d = kernel.cols();
    if (d == 0 || support.length == 0) {
      return new NullSpaceConstant(true, BigRational.ZERO, ExactVectors.zeros(n), List.of(),
          List.of());
    }
    if (complement.length == 0 || kernel.selectRows(complement).rank() < d) {
      BigRational[] coefficients = complement.length == 0 ? unit(d)
          : kernel.selectRows(complement).nullSpaceBasis().column(0);
      return new NullSpaceConstant(false, BigRational.ONE, kernel.multiply(coefficients),
          List.of(), List.of());
    }
    List<LinearProgram> programs = new ArrayList<>();
    List<LpResult> results = new ArrayList<>();
    BigRational best = BigRational.ZERO;
    BigRational[] bestVector = ExactVectors.zeros(n);
    int patterns = 1 << (support.length - 1);
    ExactSimplexSolver solver = new ExactSimplexSolver();
    for (int pattern = 0; pattern < patterns; pattern++) {
      int[] signs = new int[support.length];
      signs[0] = 1;
      for (int k = 1; k < support.length; k++) {
        signs[k] = ((pattern >> (k - 1)) & 1) == 0 ? 1 : -1;
      }
      LinearProgram program = program(kernel, support, signs, complement);
      LpResult result = solver.solve(program);
      if (result.status() != LpStatus.OPTIMAL) {
        throw new IllegalStateException("sign pattern " + pattern + ": " + result.status());
      }
      programs.add(program);
      results.add(result);
      BigRational[] z = new BigRational[d];
      for (int k = 0; k < d; k++) {
        z[k] = result.x().get(k);
      }
      BigRational[] u = kernel.multiply(z);
      BigRational value = SupportSets.norm1On(u, support);
      if (value.compareTo(best) > 0) {
        best = value;
        bestVector = u;
      }
    }
    return new NullSpaceConstant(true, best, bestVector, programs, results);
  }

  private static LinearProgram program(RationalMatrix kernel, int[] support, int[] signs,
      int[] complement) {
    int d = kernel.cols();
    LinearProgram.Builder builder = LinearProgram.builder().name("rho_S sign pattern")
        .sense(ObjectiveSense.MAXIMIZE);
    for (int k = 0; k < d; k++) {
      BigRational cost = BigRational.ZERO;
      for (int i = 0; i < support.length; i++) {
        cost = cost.add(kernel.get(support[i], k).multiply(BigRational.of(signs[i])));
      }
      builder.addColumn("z" + k, cost, null, null);
    }
    for (int j : complement) {
      builder.addColumn("w" + j, BigRational.ZERO);
    }
    Map<Integer, BigRational> total = new HashMap<>();
    for (int c = 0; c < complement.length; c++) {
      int j = complement[c];
      Map<Integer, BigRational> upper = new HashMap<>();
      Map<Integer, BigRational> lower = new HashMap<>();
      for (int k = 0; k < d; k++) {
        upper.put(k, kernel.get(j, k));
        lower.put(k, kernel.get(j, k));
      }
      upper.put(d + c, BigRational.MINUS_ONE);
      lower.put(d + c, BigRational.ONE);
      builder.addRow("upper" + j, upper, RowSense.LESS_OR_EQUAL, BigRational.ZERO);
      builder.addRow("lower" + j, lower, RowSense.GREATER_OR_EQUAL, BigRational.ZERO);
      total.put(d + c, BigRational.ONE);
    }
    builder.addRow("l1 budget", total, RowSense.LESS_OR_EQUAL, BigRational.ONE);
    return builder.build();
  }

  private static BigRational[] unit(int d) {
    BigRational[] e = ExactVectors.zeros(d);
    e[0] = BigRational.ONE;
    return e;
  }
}
