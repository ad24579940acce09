package org.tacit.benign.family;

import org.tacit.benign.model.IdealDesignInstance;
import org.tacit.exact.BigRational;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Designs with {@code X X^T = d I_n} exactly, by construction: {@code d} in {@code {2, 4, 8}},
 * {@code n} in {@code [1, min(d, 5)]} distinct rows of the Sylvester sign matrix
 * {@code H_{jk} = (-1)^{popcount(j & k)}} (whose rows are orthogonal with squared norm {@code d}),
 * each column multiplied by a random sign (a diagonal orthogonal {@code D}, so
 * {@code X D D X^T = X X^T}); noise entries {@code k/4}, {@code |k| <= 4};
 * {@code eta = k/64}, {@code k} in {@code [1, 8]}; {@code T} in {@code [1, 4]}.
 *
 * <p>Spec: {@code ZG:rem-4.2}, {@code ZG:rem-4.3}.
 */
public final class IdealDesignFamilies {

  private IdealDesignFamilies() {}

  /** The family described above. */
  public static InstanceFamily<IdealDesignInstance> signRows() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "X X^T = d I: n distinct Sylvester sign rows, random column signs, d in {2, 4, 8}";
      }

      @Override
      public IdealDesignInstance draw(Draws draws) {
        int d = 1 << draws.intBetween(1, 3);
        int n = draws.intBetween(1, Math.min(d, 5));
        int[] rows = draws.permutation(d);
        int[] columnSigns = new int[d];
        for (int k = 0; k < d; k++) {
          columnSigns[k] = draws.coin() ? 1 : -1;
        }
        BigRational[][] x = new BigRational[n][d];
        for (int i = 0; i < n; i++) {
          for (int k = 0; k < d; k++) {
            int sign = Integer.bitCount(rows[i] & k) % 2 == 0 ? 1 : -1;
            x[i][k] = BigRational.of((long) sign * columnSigns[k]);
          }
        }
        BigRational[] noise = new BigRational[n];
        for (int i = 0; i < n; i++) {
          noise[i] = BigRational.of(draws.intBetween(-4, 4), 4);
        }
        return new IdealDesignInstance(x, noise, BigRational.of(draws.intBetween(1, 8), 64),
            draws.intBetween(1, 4));
      }
    };
  }

  /** The first family's design with its entry {@code (0, 0)} doubled, so {@code X X^T != d I}. */
  public static IdealDesignInstance perturbed(Draws draws) {
    IdealDesignInstance valid = signRows().draw(draws);
    BigRational[][] x = new BigRational[valid.samples()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = valid.x()[i].clone();
    }
    x[0][0] = x[0][0].multiply(BigRational.TWO);
    return new IdealDesignInstance(x, valid.noise(), valid.eta(), valid.steps());
  }
}
