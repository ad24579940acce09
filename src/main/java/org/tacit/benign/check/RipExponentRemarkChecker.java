package org.tacit.benign.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.RipExponentInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * ZG remark A.2, the constant chase in the proof of Proposition A.1: Baraniuk et al.'s failure
 * exponent {@code E = -c0(delta/2) n + P}, {@code P = k [log(ed/k) + log(12/delta)] + log 2},
 * {@code c0(eps) = eps^2/4 - eps^3/6}, satisfies (L = log(d/k), {@code c2 sqrt(kL/n) <= delta < 1})
 * {@code E <= -n delta^2/48 + (4 + log(1/c2)) k L <= -(c2^2/48) k L + (4 + log(1/c2)) k L
 * < -(c2^2/50) k L}, "the last inequality for c2 large enough", so the failure probability is at
 * most {@code (k/d)^(c2^2 k/50) <= (k/d)^k <= 1/d}.
 *
 * <p>{@link StatementForm#PRINTED}: the hypotheses as printed (no bound on n). The middle step
 * fails once n is astronomically large: {@code log(12/delta)} grows like {@code (1/2) log n} at the
 * smallest admissible delta while every other term stays fixed (erratum; e.g. c2 = 30, k = 1,
 * d = 3, n = 1e36, delta = c2 sqrt(kL/n): E = -18.52 > -19.94 = the middle bound, and the
 * conclusion fails too).
 *
 * <p>{@link StatementForm#CORRECTED}: add {@code n <= d} and {@code d >= e k} (so L >= 1), and make
 * "c2 large enough" explicit: {@code c2^2/1200 + log c2 > 4} (c2 >= 28.3). Then the printed chain
 * holds; our proof of its middle step (proofs-notes/ZG/proposition-A1.md), checked step by step:
 * {@code log(12/delta) <= log 12 - log c2 + L/2}; {@code P <= k L (5/2 + log 12 + log 2) - k log c2
 * =: Pbar}; and {@code c2^2 k L (2 - delta)/48 >= Pbar - (4 - log c2) k L}, which with
 * {@code -c0(delta/2) n = -n delta^2/48 - n delta^2 (2 - delta)/48} and {@code n delta^2 >= c2^2 k L}
 * gives the middle step. (The slack {@code n delta^2 (2 - delta)/48} is needed: the bound
 * {@code P <= (4 - log c2) k L} alone is false for every instance once {@code c2 >= e^3}.)
 *
 * <p>Checks, in double with relative tolerance {@link ZgTolerances#RIP_EXPONENT} (strict
 * inequalities decided up to that rounding; built-in instances keep margins far above it), except
 * where marked exact: {@code c0(delta/2) - delta^2/48 = delta^2 (2 - delta)/48} and
 * {@code c0(delta/2) >= delta^2/48} (exact, delta's binary value); {@code c2^2 k L <= n} (what
 * {@code delta < 1} gives); the three printed steps; the conclusion {@code E < -(c2^2/50) k L}; and
 * {@code (k/d)^k <= 1/d}, i.e. {@code k^k <= d^(k-1)} (exact integers; it needs d >= e k or so: it
 * fails at k = 2, d = 3). Cost: O(k log d) big-integer digits.
 *
 * <p>Spec: {@code ZG:rem-A.2} (the chain), {@code ZG:prop-A.1} (its probability side
 * {@code 1 - (k/d)^k >= 1 - 1/d}).
 */
public final class RipExponentRemarkChecker extends TheoremChecker<RipExponentInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:rem-A.2";

  /** The proposition whose probability side is checked. */
  public static final String PROPOSITION = "ZG:prop-A.1";

  /** A c2 just above the last step's threshold {@code c2^2/1200 + log c2 = 4} (c2 ~ 28.2). */
  public static final double SMALLEST_C2 = 28.3;

  private static final double SLACK = 2.5 + Math.log(12) + Math.log(2);
  private static final BigRational FORTY_EIGHT = BigRational.of(48);

  private final StatementForm form;

  /** The checker of the corrected hypotheses. */
  public RipExponentRemarkChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form of the hypotheses. */
  public RipExponentRemarkChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(RipExponentInstance instance) {
    return "k=" + instance.k() + ", n=" + instance.n() + ", d=" + instance.d() + ", c2="
        + instance.c2() + ", delta=" + instance.delta()
        + (form == StatementForm.PRINTED ? " (printed)" : "");
  }

  @Override
  protected List<Check> evaluate(RipExponentInstance instance, Hypotheses hypotheses) {
    int k = instance.k();
    double n = instance.n();
    long d = instance.d();
    double c2 = instance.c2();
    double delta = instance.delta();
    if (!hypotheses.require("k >= 1, n >= 1, d > k", k >= 1 && n >= 1 && d > k
            && Double.isFinite(n))
        || !hypotheses.require("c2 > 0", c2 > 0 && Double.isFinite(c2))
        || !hypotheses.require("c2 sqrt((k/n) log(d/k)) <= delta < 1",
            delta >= instance.smallestDelta() && delta < 1)
        || form == StatementForm.CORRECTED && (!hypotheses.require("n <= d", n <= d)
            || !hypotheses.require("d >= e k", d >= Math.E * k)
            || !hypotheses.require("c2^2/1200 + log c2 > 4",
                c2 * c2 / 1200 + Math.log(c2) > 4))) {
      return List.of();
    }
    double tolerance = ZgTolerances.RIP_EXPONENT;
    List<Check> checks = new ArrayList<>();
    BigRational exactDelta = BigRational.valueOf(delta);
    BigRational half = exactDelta.divide(BigRational.TWO);
    BigRational c0 = half.pow(2).divide(BigRational.of(4))
        .subtract(half.pow(3).divide(BigRational.of(6)));
    BigRational lower = exactDelta.pow(2).divide(FORTY_EIGHT);
    checks.add(Check.equal(SPEC_ID, "c0(delta/2) - delta^2/48 = delta^2 (2 - delta)/48 (exact)",
        c0.subtract(lower), exactDelta.pow(2).multiply(BigRational.TWO.subtract(exactDelta))
            .divide(FORTY_EIGHT)));
    checks.add(Check.lessOrEqual(SPEC_ID, "c0(delta/2) >= delta^2/48 (exact, delta < 1)",
        lower, c0));
    double logRatio = instance.logRatio();
    double kl = k * logRatio;
    double logC2 = Math.log(c2);
    checks.add(Check.lessOrEqual(SPEC_ID, "k <= n/(c2^2 log(d/k)) (from delta < 1)",
        c2 * c2 * kl, n, tolerance));
    double exponent = instance.exponent();
    double nDelta = n * delta * delta / 48;
    if (form == StatementForm.CORRECTED) {
      checks.add(Check.lessOrEqual(SPEC_ID, "log(12/delta) <= log 12 - log c2 + L/2 (n <= d)",
          Math.log(12 / delta), Math.log(12) - logC2 + logRatio / 2, tolerance));
      double positive = k * (1 + logRatio + Math.log(12 / delta)) + Math.log(2);
      double positiveBound = kl * SLACK - k * logC2;
      checks.add(Check.lessOrEqual(SPEC_ID,
          "P <= k L (5/2 + log 12 + log 2) - k log c2 (L >= 1)", positive, positiveBound,
          tolerance));
      checks.add(Check.lessOrEqual(SPEC_ID,
          "Pbar - (4 - log c2) k L <= c2^2 k L (2 - delta)/48 (the c0 slack)",
          positiveBound - (4 - logC2) * kl, c2 * c2 * kl * (2 - delta) / 48, tolerance));
    }
    checks.add(Check.lessOrEqual(SPEC_ID,
        "middle step: E <= -n delta^2/48 + (4 + log(1/c2)) k L",
        exponent, -nDelta + (4 - logC2) * kl, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID, "-n delta^2/48 <= -(c2^2/48) k L",
        -nDelta, -c2 * c2 / 48 * kl, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID, "last step: -(c2^2/48) + 4 + log(1/c2) < -(c2^2/50)",
        -c2 * c2 / 48 + 4 - logC2, -c2 * c2 / 50, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID, "conclusion: E < -(c2^2/50) k log(d/k)",
        exponent, -c2 * c2 / 50 * kl, tolerance));
    BigInteger kToK = BigInteger.valueOf(k).pow(k);
    BigInteger dToKMinusOne = BigInteger.valueOf(d).pow(k - 1);
    checks.add(Check.lessOrEqual(PROPOSITION, "(k/d)^k <= 1/d, i.e. k^k <= d^(k-1) (exact)",
        BigRational.of(kToK), BigRational.of(dToKMinusOne)));
    return checks;
  }
}
