package org.tacit.group.model;

import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The metric that gradient flow on one group of LNHW's parameterization induces on the predictor
 * {@code w_l = u^2 v} (a derived witness for Theorem 1, inventory LG-DER-5; not in the paper).
 *
 * <p>Gradient flow {@code theta' = -J^T grad L(w)} ({@code J = dG}) moves the predictor by
 * {@code w' = -K grad L(w)} with {@code K = J J^T}; on one group {@code K_l = u^4 I + 4 u^2 v v^T =
 * u^4 I + (4 / u^2) w w^T}. The balance {@code c = u^2/2 - ||v||^2} is conserved for every loss, and
 * on its level set {@code u} is a function of {@code w}: {@code F(u, w) = u^6/2 - c u^4 - ||w||^2 = 0}
 * with {@code dF/du = u^3 (u^2 + 4 ||v||^2) > 0}, so {@code du/dw_k = 2 w_k / (3u^5 - 4c u^3)}. A
 * mirror flow {@code w' = -(Hess R(w))^{-1} grad L(w)} for all losses would need
 * {@code K(w)^{-1} = Hess R(w)}, whose derivative {@code d_k (K^{-1})_{ab}} is symmetric in
 * {@code (a, k)}. This class computes that derivative exactly (implicit differentiation, rational
 * arithmetic) at a rational point, and its asymmetry.
 *
 * <p>Contract: {@code u > 0} (checked, {@link IllegalArgumentException}); exact; immutable. Cost:
 * {@code O(p_l^4)} rational operations for the asymmetry.
 *
 * <p>Spec: {@code LNHW:thm-1}.
 */
public final class BalancedGroupMetric {

  private final BigRational u;
  private final BigRational[] w;
  private final BigRational balance;

  /** The metric of one group at magnitude {@code u > 0} and direction coordinates {@code v}. */
  public BalancedGroupMetric(BigRational u, List<BigRational> v) {
    if (u.signum() <= 0) {
      throw new IllegalArgumentException("u = " + u + " is not positive");
    }
    this.u = u;
    this.w = new BigRational[v.size()];
    BigRational squaredNorm = BigRational.ZERO;
    for (int k = 0; k < w.length; k++) {
      w[k] = u.pow(2).multiply(v.get(k));
      squaredNorm = squaredNorm.add(v.get(k).pow(2));
    }
    this.balance = u.pow(2).divide(BigRational.TWO).subtract(squaredNorm);
  }

  /** The conserved balance {@code c = u^2/2 - ||v||^2}. */
  public BigRational balance() {
    return balance;
  }

  /** The predictor {@code w = u^2 v} (a copy). */
  public BigRational[] predictor() {
    return w.clone();
  }

  /** {@code K = u^4 I + (4 / u^2) w w^T}. */
  public RationalMatrix metric() {
    int p = w.length;
    BigRational[][] k = new BigRational[p][p];
    BigRational scale = BigRational.of(4).divide(u.pow(2));
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        BigRational entry = scale.multiply(w[a]).multiply(w[b]);
        k[a][b] = a == b ? entry.add(u.pow(4)) : entry;
      }
    }
    return RationalMatrix.of(k);
  }

  /** {@code du/dw_k = 2 w_k / (3u^5 - 4c u^3)} on the balance level set. */
  public BigRational magnitudeDerivative(int k) {
    BigRational denominator = BigRational.of(3).multiply(u.pow(5))
        .subtract(BigRational.of(4).multiply(balance).multiply(u.pow(3)));
    return BigRational.TWO.multiply(w[k]).divide(denominator);
  }

  /**
   * The total derivative {@code d(K^{-1})/dw_k = -K^{-1} (dK/dw_k + dK/du du/dw_k) K^{-1}} on the
   * balance level set, with {@code dK/dw_k = (4/u^2)(e_k w^T + w e_k^T)} and
   * {@code dK/du = 4u^3 I - (8/u^3) w w^T}.
   */
  public RationalMatrix inverseMetricDerivative(int k) {
    int p = w.length;
    BigRational du = magnitudeDerivative(k);
    BigRational four = BigRational.of(4).divide(u.pow(2));
    BigRational eight = BigRational.of(8).divide(u.pow(3));
    BigRational[][] dk = new BigRational[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        BigRational direct = BigRational.ZERO;
        if (a == k) {
          direct = direct.add(four.multiply(w[b]));
        }
        if (b == k) {
          direct = direct.add(four.multiply(w[a]));
        }
        BigRational throughU = eight.multiply(w[a]).multiply(w[b]).negate();
        if (a == b) {
          throughU = throughU.add(BigRational.of(4).multiply(u.pow(3)));
        }
        dk[a][b] = direct.add(throughU.multiply(du));
      }
    }
    RationalMatrix inverse = metric().inverse();
    RationalMatrix product = inverse.multiply(RationalMatrix.of(dk)).multiply(inverse);
    BigRational[][] negated = product.toArray();
    for (BigRational[] row : negated) {
      for (int b = 0; b < row.length; b++) {
        row[b] = row[b].negate();
      }
    }
    return RationalMatrix.of(negated);
  }

  /**
   * {@code sum_{a,b,k} (d_k (K^{-1})_{ab} - d_a (K^{-1})_{kb})^2}: zero iff the third derivatives a
   * potential {@code R} with {@code Hess R = K^{-1}} would have are symmetric at this point.
   */
  public BigRational hessianAsymmetry() {
    int p = w.length;
    RationalMatrix[] derivatives = new RationalMatrix[p];
    for (int k = 0; k < p; k++) {
      derivatives[k] = inverseMetricDerivative(k);
    }
    BigRational sum = BigRational.ZERO;
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        for (int k = 0; k < p; k++) {
          BigRational gap = derivatives[k].get(a, b).subtract(derivatives[a].get(k, b));
          sum = sum.add(gap.multiply(gap));
        }
      }
    }
    return sum;
  }
}
