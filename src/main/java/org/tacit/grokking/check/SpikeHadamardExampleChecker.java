package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ColumnCoherence;
import org.tacit.grokking.model.SpikeHadamardInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Example G.1, exactly, with the real Sylvester-Hadamard basis {@code Phi = H_n / sqrt(n)},
 * {@code n = 4^k}, in place of the complex Fourier basis (both are orthonormal with entries of
 * modulus {@code 1/sqrt(n)}, which is all the example uses):
 *
 * <ul>
 *   <li>{@link StatementForm#PRINTED}: {@code mu_1(Phi, s) = s mu(Phi) = s/sqrt(n)}. False
 *       (erratum E23): Phi is orthonormal, so {@code mu(Phi) = 0} and {@code mu_1(Phi, s) = 0}.
 *   <li>{@link StatementForm#CORRECTED}: the intended coherence is the one between Phi and the
 *       canonical (spike) basis I: {@code mu(I, Phi) = 1/sqrt(n)}, and for the union dictionary
 *       {@code [I Phi]}: {@code mu([I Phi]) = 1/sqrt(n)} and {@code mu_1([I Phi], s) =
 *       s/sqrt(n)} for {@code s <= n}; also {@code Phi^T Phi = I} (so {@code mu(Phi) = 0}).
 * </ul>
 *
 * <p>All checks are exact (squares for {@code mu(I, Phi)}). Cost: O(n^3) rational operations for
 * the Gram matrix of {@code [I Phi]}; keep {@code k <= 2}.
 *
 * <p>Spec: {@code TDR:ex-G.1}.
 */
public final class SpikeHadamardExampleChecker extends TheoremChecker<SpikeHadamardInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:ex-G.1";

  private final StatementForm form;

  /** The checker of the given form ({@code CORRECTED} is registered). */
  public SpikeHadamardExampleChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(SpikeHadamardInstance instance) {
    return "n=" + (instance.k() >= 1 && instance.k() <= 4 ? instance.n() : -1) + ", s="
        + instance.s() + ", " + form;
  }

  @Override
  protected List<Check> evaluate(SpikeHadamardInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("n = 4^k with 1 <= k <= 3", instance.k() >= 1 && instance.k() <= 3)
        || !hypotheses.require("1 <= s <= n", instance.s() >= 1 && instance.s() <= instance.n())) {
      return List.of();
    }
    int n = instance.n();
    int s = instance.s();
    BigRational inverseRoot = BigRational.of(1, 1L << instance.k());
    RationalMatrix phi = hadamard(n, inverseRoot);
    BigRational[][] gram = ColumnCoherence.gram(phi);
    BigRational mu = ColumnCoherence.mutualCoherence(gram);
    List<Check> checks = new ArrayList<>();
    if (form == StatementForm.PRINTED) {
      checks.add(Check.equal(SPEC_ID, "mu(Phi) = 1/sqrt(n)", mu, inverseRoot));
      checks.add(Check.equal(SPEC_ID, "mu_1(Phi, s) = s/sqrt(n)",
          ColumnCoherence.oneCoherence(gram, s), BigRational.of(s).multiply(inverseRoot)));
      return checks;
    }
    checks.add(Check.equal(SPEC_ID, "Phi^T Phi = I (1 = yes)",
        BigRational.of(phi.transpose().multiply(phi).equals(RationalMatrix.identity(n)) ? 1 : 0),
        BigRational.ONE));
    checks.add(Check.equal(SPEC_ID, "mu(Phi) = 0 (orthonormal)", mu, BigRational.ZERO));
    checks.add(Check.equal(SPEC_ID, "mu(I, Phi)^2 = 1/n",
        ColumnCoherence.squaredCoherence(RationalMatrix.identity(n), phi), BigRational.of(1, n)));
    BigRational[][] union = ColumnCoherence.gram(RationalMatrix.identity(n).appendColumns(phi));
    checks.add(Check.equal(SPEC_ID, "mu([I Phi]) = 1/sqrt(n)",
        ColumnCoherence.mutualCoherence(union), inverseRoot));
    checks.add(Check.equal(SPEC_ID, "mu_1([I Phi], s) = s/sqrt(n)",
        ColumnCoherence.oneCoherence(union, s), BigRational.of(s).multiply(inverseRoot)));
    return checks;
  }

  /** The Sylvester-Hadamard matrix {@code H_n} times {@code scale}. */
  private static RationalMatrix hadamard(int n, BigRational scale) {
    BigRational[][] rows = new BigRational[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        rows[i][j] = Integer.bitCount(i & j) % 2 == 0 ? scale : scale.negate();
      }
    }
    return RationalMatrix.of(rows);
  }
}
