package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;
import org.tacit.stepsize.model.L1BallRademacher;
import org.tacit.stepsize.model.LossRangeInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * NRSS rem-D.6, the loss range in the proof of Lemma D.6, decided exactly in rationals: for
 * {@code ||w||_1, ||w*||_1 <= B}, {@code mu >= 0} and a point x with {@code ||x - mu 1||_inf <= R}:
 * {@code <w* - w, x>^2 <= ||w* - w||_1^2 ||x||_inf^2 <= (2B)^2 (R + mu)^2}; for
 * {@code y = <w*, x>} with independent coordinates of mean mu and variance {@code s2},
 * {@code E(y^2) = mu^2 (1^T w*)^2 + s2 ||w*||_2^2 <= B^2 (mu^2 + s2)}; and
 * {@code max{(2B)^2 (R + mu)^2, B^2 (mu^2 + s2)} <= 4 B^2 (R + mu)^2} exactly when
 * {@code mu^2 + s2 <= 4 (R + mu)^2}.
 *
 * <p>Hypotheses: {@code mu >= 0}, {@code s2 >= 0}, equal lengths, {@code ||w||_1 <= B},
 * {@code ||w*||_1 <= B}, {@code ||x - mu 1||_inf <= R}. Exact (tolerance 0). Cost: O(d).
 *
 * <p>Spec: {@code NRSS:rem-D.6}.
 */
public final class LossRangeRemarkChecker extends TheoremChecker<LossRangeInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:rem-D.6";

  /** The checker (stateless). */
  public LossRangeRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(LossRangeInstance instance) {
    return "B=" + instance.bound() + " R=" + instance.radius() + " mu=" + instance.mean()
        + " d=" + instance.x().length;
  }

  @Override
  protected List<Check> evaluate(LossRangeInstance instance, Hypotheses hypotheses) {
    BigRational b = instance.bound();
    BigRational r = instance.radius();
    BigRational mu = instance.mean();
    BigRational[] w = instance.w();
    BigRational[] wStar = instance.wStar();
    BigRational[] x = instance.x();
    if (!hypotheses.require("mu >= 0", mu.signum() >= 0)
        || !hypotheses.require("s2 >= 0", instance.variance().signum() >= 0)
        || !hypotheses.require("w, w*, x of equal length",
            w.length == x.length && wStar.length == x.length)
        || !hypotheses.require("||w||_1 <= B", RationalVectors.norm1(w).compareTo(b) <= 0)
        || !hypotheses.require("||w*||_1 <= B", RationalVectors.norm1(wStar).compareTo(b) <= 0)
        || !hypotheses.require("||x - mu 1||_inf <= R",
            L1BallRademacher.supDistance(x, mu).compareTo(r) <= 0)) {
      return List.of();
    }
    BigRational[] difference = new BigRational[x.length];
    for (int i = 0; i < x.length; i++) {
      difference[i] = wStar[i].subtract(w[i]);
    }
    BigRational inner = RationalVectors.dot(difference, x);
    BigRational holder =
        RationalVectors.norm1(difference).pow(2).multiply(RationalVectors.normInf(x).pow(2));
    BigRational rPlusMu2 = r.add(mu).pow(2);
    BigRational boxBound = BigRational.of(4).multiply(b.pow(2)).multiply(rPlusMu2);
    BigRational ones = BigRational.ZERO;
    BigRational squares = BigRational.ZERO;
    for (BigRational v : wStar) {
      ones = ones.add(v);
      squares = squares.add(v.pow(2));
    }
    BigRational mu2 = mu.pow(2);
    BigRational secondMoment = mu2.multiply(ones.pow(2)).add(instance.variance().multiply(squares));
    BigRational momentBound = b.pow(2).multiply(mu2.add(instance.variance()));
    boolean maxBelow = boxBound.max(momentBound).compareTo(boxBound) <= 0;
    boolean condition = mu2.add(instance.variance())
        .compareTo(BigRational.of(4).multiply(rPlusMu2)) <= 0;
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "<w* - w, x>^2 <= ||w* - w||_1^2 ||x||_inf^2",
        inner.pow(2), holder));
    checks.add(Check.lessOrEqual(SPEC_ID, "||w* - w||_1^2 ||x||_inf^2 <= (2B)^2 (R + mu)^2",
        holder, boxBound));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "E(y^2) = mu^2 (1^T w*)^2 + s2 ||w*||_2^2 <= B^2 (mu^2 + s2)", secondMoment, momentBound));
    checks.add(Check.equal(SPEC_ID, "max{...} <= 4 B^2 (R + mu)^2 iff mu^2 + s2 <= 4 (R + mu)^2",
        maxBelow ? BigRational.ONE : BigRational.ZERO,
        condition ? BigRational.ONE : BigRational.ZERO));
    return checks;
  }
}
