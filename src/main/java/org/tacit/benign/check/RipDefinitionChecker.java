package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.RipCertificate;
import org.tacit.benign.model.RipInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.exact.BigRational;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Definition 2.1, the (k, delta)-RIP of {@code X / sqrt(n)}, decided exactly for a rational
 * design: {@code (1 - delta)||beta||_2^2 <= ||X beta / sqrt(n)||_2^2 <= (1 + delta)||beta||_2^2}
 * for every k-sparse beta, whose smallest delta is
 * {@code delta_k = max_{|S| = k} ||(X^T X / n)_{SS} - I||_2}.
 *
 * <p>The checker builds the certified enclosure {@link RipCertificate} of {@code delta_k} and
 * checks, exactly: the upper end passes the PSD certificate on every support; the enclosure is
 * ordered and of relative width at most {@link ZgTolerances#RIP_ENCLOSURE}; the definition's two
 * bounds with {@code delta = delta_hi} on the instance's probes, with {@code ||X beta||_2^2}
 * computed from X (not from the Gram matrix; tightest probe reported per side); the witness is
 * k-sparse and attains {@code | ||X v||^2/n - ||v||^2 | = delta_lo ||v||^2} computed from X, so no
 * {@code delta < delta_lo} satisfies the definition; and the independent bounds
 * {@code delta_1 = max_i |A_ii - 1| <= delta_hi}, {@code max_{i != j} |A_ij| <= delta_hi} (for
 * {@code k >= 2}; both from 1- and 2-sparse supports inside larger ones) and the Gershgorin bound
 * {@code delta_lo <= max_i |A_ii - 1| + (k - 1) max_{i != j} |A_ij|}. Cost: {@code 2 C(d, k)}
 * exact {@code k x k} eliminations; keep {@code d <= 8}.
 *
 * <p>Spec: {@code ZG:def-2.1}.
 */
public final class RipDefinitionChecker extends TheoremChecker<RipInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:def-2.1";

  /** The checker (stateless). */
  public RipDefinitionChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(RipInstance instance) {
    return "n=" + instance.n() + ", d=" + instance.d() + ", k=" + instance.k() + ", probes="
        + instance.probes().length;
  }

  @Override
  protected List<Check> evaluate(RipInstance instance, Hypotheses hypotheses) {
    int n = instance.n();
    int d = instance.d();
    int k = instance.k();
    BigRational[] x = instance.x();
    if (!hypotheses.require("X is n x d", n >= 1 && d >= 1 && x.length == n * d)
        || !hypotheses.require("1 <= k <= d", 1 <= k && k <= d)
        || !hypotheses.require("beta k-sparse", allSparse(instance.probes(), d, k))) {
      return List.of();
    }
    RipCertificate certificate = RipCertificate.of(x, n, d, k);
    BigRational[][] gram = RipCertificate.gram(x, n, d);
    BigRational lower = certificate.lower();
    BigRational upper = certificate.upper();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(SPEC_ID,
        "certificate: delta_hi I +- (A_SS - I) PSD for every |S| = k (1 = all pass)",
        BigRational.of(certificate.certified() ? 1 : 0), BigRational.ONE));
    checks.add(Check.lessOrEqual(SPEC_ID, "delta_lo <= delta_hi", lower, upper));
    checks.add(Check.lessOrEqual(SPEC_ID, "delta_hi - delta_lo <= RIP_ENCLOSURE (1 + delta_hi)",
        upper.subtract(lower),
        BigRational.valueOf(ZgTolerances.RIP_ENCLOSURE).multiply(BigRational.ONE.add(upper))));
    Check tightLow = null;
    Check tightHigh = null;
    for (int p = 0; p < instance.probes().length; p++) {
      BigRational[] beta = instance.probes()[p];
      BigRational norm = squaredNorm(beta);
      BigRational image = squaredImage(x, n, d, beta);
      Check low = Check.lessOrEqual(SPEC_ID,
          "(1 - delta_hi)||beta||^2 <= ||X beta/sqrt(n)||^2 (tightest probe " + p + ")",
          BigRational.ONE.subtract(upper).multiply(norm), image);
      Check high = Check.lessOrEqual(SPEC_ID,
          "||X beta/sqrt(n)||^2 <= (1 + delta_hi)||beta||^2 (tightest probe " + p + ")",
          image, BigRational.ONE.add(upper).multiply(norm));
      tightLow = tightLow == null || low.margin() < tightLow.margin() ? low : tightLow;
      tightHigh = tightHigh == null || high.margin() < tightHigh.margin() ? high : tightHigh;
    }
    if (tightLow != null && tightHigh != null) {
      checks.add(tightLow);
      checks.add(tightHigh);
    }
    BigRational[] witness = certificate.witness();
    checks.add(Check.lessOrEqual(SPEC_ID, "witness v is k-sparse: |supp v| <= k",
        BigRational.of(support(witness)), BigRational.of(k)));
    BigRational witnessNorm = squaredNorm(witness);
    checks.add(Check.equal(SPEC_ID,
        "| ||X v/sqrt(n)||^2 - ||v||^2 | = delta_lo ||v||^2 (no smaller delta works)",
        squaredImage(x, n, d, witness).subtract(witnessNorm).abs(),
        lower.multiply(witnessNorm)));
    BigRational diagonal = BigRational.ZERO;
    BigRational offDiagonal = BigRational.ZERO;
    for (int i = 0; i < d; i++) {
      diagonal = diagonal.max(gram[i][i].subtract(BigRational.ONE).abs());
      for (int j = 0; j < d; j++) {
        if (i != j) {
          offDiagonal = offDiagonal.max(gram[i][j].abs());
        }
      }
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "delta_1 = max_i |A_ii - 1| <= delta_hi", diagonal,
        upper));
    if (k >= 2) {
      checks.add(Check.lessOrEqual(SPEC_ID, "max_{i != j} |A_ij| <= delta_hi", offDiagonal,
          upper));
    }
    checks.add(Check.lessOrEqual(SPEC_ID,
        "Gershgorin: delta_lo <= max_i |A_ii - 1| + (k - 1) max_{i != j} |A_ij|", lower,
        diagonal.add(BigRational.of(k - 1).multiply(offDiagonal))));
    return checks;
  }

  private static boolean allSparse(BigRational[][] probes, int d, int k) {
    for (BigRational[] beta : probes) {
      if (beta.length != d || support(beta) > k) {
        return false;
      }
    }
    return true;
  }

  private static int support(BigRational[] v) {
    int count = 0;
    for (BigRational value : v) {
      count += value.isZero() ? 0 : 1;
    }
    return count;
  }

  private static BigRational squaredNorm(BigRational[] v) {
    BigRational sum = BigRational.ZERO;
    for (BigRational value : v) {
      sum = sum.add(value.pow(2));
    }
    return sum;
  }

  /** {@code ||X beta||_2^2 / n} from the rows of X. */
  static BigRational squaredImage(BigRational[] x, int n, int d, BigRational[] beta) {
    BigRational sum = BigRational.ZERO;
    for (int r = 0; r < n; r++) {
      BigRational row = BigRational.ZERO;
      for (int j = 0; j < d; j++) {
        if (!beta[j].isZero()) {
          row = row.add(x[r * d + j].multiply(beta[j]));
        }
      }
      sum = sum.add(row.pow(2));
    }
    return sum.divide(BigRational.of(n));
  }
}
