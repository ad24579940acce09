package org.tacit.group.family;

import org.tacit.group.model.NoiseCorrelationTrial;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Simulations of LNHW Lemma 15: {@code n} in {@code [4, 64]}, {@code p} in {@code [1, 40]},
 * {@code sigma} in {@code [0.1, 5]}, a seed, 400 noise draws (O(400 n p) per instance, below
 * 2 ms).
 *
 * <p>Spec: {@code LNHW:lem-15}.
 */
public final class NoiseCorrelationFamilies {

  private NoiseCorrelationFamilies() {}

  /** The family described above. */
  public static InstanceFamily<NoiseCorrelationTrial> rademacherDesigns() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Rademacher X (n in [4, 64], p in [1, 40]), Gaussian noise sigma in [0.1, 5],"
            + " 400 draws";
      }

      @Override
      public NoiseCorrelationTrial draw(Draws draws) {
        return new NoiseCorrelationTrial(draws.intBetween(4, 64), draws.intBetween(1, 40),
            draws.uniform(0.1, 5), draws.between(0, Long.MAX_VALUE >> 1), 400);
      }
    };
  }
}
