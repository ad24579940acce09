package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.benign.model.HadamardNormInstance;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Lemma B.10, decided exactly: for {@code alpha, beta in R^d},
 * {@code ||alpha o beta||_2 <= ||alpha||_2 ||beta||_inf} and, for an integer {@code k >= 1},
 * {@code ||alpha^{ok}||_2 <= ||alpha||_2^k}.
 *
 * <p>Both sides are non-negative, so each statement is checked in squared form, exactly in
 * rationals: {@code sum_i alpha_i^2 beta_i^2 <= (sum_i alpha_i^2) max_i beta_i^2} and
 * {@code sum_i alpha_i^{2k} <= (sum_i alpha_i^2)^k}. The proof's steps are checked too: the
 * termwise bound {@code alpha_i^2 beta_i^2 <= alpha_i^2 ||beta||_inf^2} (at the tightest
 * coordinate), and for the power the chain
 * {@code sum_i alpha_i^{2k} <= ||alpha||_inf^{2k-2} ||alpha||_2^2 <= ||alpha||_2^{2k}} (the paper
 * writes {@code ||alpha||_{2k}^{2k} <= ||alpha||_2^{2k}}, the monotonicity of l_p norms, which
 * this chain proves). Tolerance: none (exact). Cost: O(d k) big-number multiplications.
 *
 * <p>Spec: {@code ZG:lem-B.10}.
 */
public final class HadamardNormLemmaChecker extends TheoremChecker<HadamardNormInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:lem-B.10";

  /** The checker (stateless). */
  public HadamardNormLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(HadamardNormInstance instance) {
    return "d=" + instance.alpha().length + ", k=" + instance.k() + ", alpha="
        + Arrays.toString(instance.alpha()) + ", beta=" + Arrays.toString(instance.beta());
  }

  @Override
  protected List<Check> evaluate(HadamardNormInstance instance, Hypotheses hypotheses) {
    BigRational[] alpha = instance.alpha();
    BigRational[] beta = instance.beta();
    int k = instance.k();
    if (!hypotheses.require("alpha, beta in R^d", alpha.length == beta.length)
        || !hypotheses.require("k >= 1", k >= 1)) {
      return List.of();
    }
    BigRational alphaSquared = RationalVectors.dot(alpha, alpha);
    BigRational betaInfSquared = RationalVectors.normInf(beta).pow(2);
    BigRational alphaInf = RationalVectors.normInf(alpha);
    BigRational hadamardSquared = BigRational.ZERO;
    BigRational powerSquared = BigRational.ZERO;
    BigRational[] termSlack = new BigRational[alpha.length];
    int worst = 0;
    for (int i = 0; i < alpha.length; i++) {
      BigRational a2 = alpha[i].pow(2);
      BigRational term = a2.multiply(beta[i].pow(2));
      hadamardSquared = hadamardSquared.add(term);
      powerSquared = powerSquared.add(alpha[i].pow(2 * k));
      termSlack[i] = a2.multiply(betaInfSquared).subtract(term);
      if (termSlack[i].compareTo(termSlack[worst]) < 0) {
        worst = i;
      }
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "||alpha o beta||_2^2 <= ||alpha||_2^2 ||beta||_inf^2",
        hadamardSquared, alphaSquared.multiply(betaInfSquared)));
    checks.add(Check.lessOrEqual(SPEC_ID, "||alpha^{ok}||_2^2 <= ||alpha||_2^{2k}",
        powerSquared, alphaSquared.pow(k)));
    if (alpha.length > 0) {
      BigRational a2 = alpha[worst].pow(2);
      checks.add(Check.lessOrEqual(SPEC_ID,
          "termwise alpha_i^2 beta_i^2 <= alpha_i^2 ||beta||_inf^2 (tightest i=" + worst + ")",
          a2.multiply(beta[worst].pow(2)), a2.multiply(betaInfSquared)));
    }
    BigRational middle = alphaInf.pow(2 * k - 2).multiply(alphaSquared);
    checks.add(Check.lessOrEqual(SPEC_ID,
        "sum_i alpha_i^{2k} <= ||alpha||_inf^{2k-2} ||alpha||_2^2", powerSquared, middle));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "||alpha||_inf^{2k-2} ||alpha||_2^2 <= ||alpha||_2^{2k}", middle, alphaSquared.pow(k)));
    return checks;
  }
}
