package org.tacit.group.model;

import java.util.Arrays;
import java.util.Optional;
import org.tacit.training.IterativeMethod;

/**
 * Algorithms 1 and 2 of LNHW Section 4 as an {@link IterativeMethod} on the flat parameters
 * {@code theta = (u_1, ..., u_L, v_1, ..., v_p)}; the schedule's step is the u-step
 * {@code gamma}. Update {@code t}:
 * <ol>
 *   <li>the v-step: {@code z_l = v_l(t) - eta_{l,t} grad_{v_l} L(u(t), v(t))}, with
 *       {@code eta_{l,t} = 1/u_l(t)^4} before the switch and the constant {@code eta} from the
 *       switching step on ({@link SwitchRule}); {@code v_l(t+1) = z_l / ||z_l||}, except that a
 *       group with {@code z_l = 0} keeps {@code v_l(t)} (the event is counted);</li>
 *   <li>the u-step: {@code u(t+1) = u(t) - gamma grad_u L(u(t), v(t+1))} ({@link
 *       UpdateOrder#GAUSS_SEIDEL}, the paper) or at {@code v(t)} ({@link UpdateOrder#JACOBI}, the
 *       authors' code).</li>
 * </ol>
 * The loss is {@code c L_n} for the {@link LossConvention}'s factor {@code c}, so in closed form
 * (s = X^T r / n, r = y - X w): {@code grad_{v_l} = -c u_l^2 s_l} and
 * {@code u_l(t+1) = u_l(t) (1 + 2 gamma c <X_l v_l, r'> / n)}.
 *
 * <p>The {@code 1/u^4} v-step is made in the scaled form (inventory LG-DER-1): {@code u_l^2 z_l =
 * u_l^2 v_l + c s_l}, a positive multiple of the literal {@code z_l} (so the normalised direction
 * is the same), which neither overflows nor loses {@code v_l} when {@code u_l} is tiny.
 *
 * <p>Domain: the parameterization needs {@code u > 0}; an update that would make some
 * {@code u_l(t+1) <= 0} (or non-finite) is refused with the reason, ending the run.
 *
 * <p>Cost: O(n p) per update on the flat design (about three products with {@code X}: the loss's
 * {@code X w}, {@code X^T r}, and {@code X_l v_l(t+1)} for Gauss-Seidel), plus O(n L). The design
 * form is chosen over the Gram form (O(p^2)) because every reproduction has {@code n < p}.
 * Holds per-run state (the cached residual, the switch): one instance per run.
 *
 * <p>Spec: {@code LNHW:alg-1}, {@code LNHW:alg-2}.
 */
public final class WeightNormalizedDescent implements IterativeMethod {

  private final int n;
  private final int p;
  private final int groupCount;
  private final int[] groupOf;
  private final double[] x;
  private final double[] y;
  private final double scale;
  private final UpdateOrder order;
  private final SwitchRule rule;
  private final double constantStep;
  private final double[] residual;
  private final double[] weights;
  private final double[] correlations;
  private final double[] z;
  private final double[] projections;
  private final double[] secondResidual;
  private final double[] nextU;
  private final double[] previousU;
  private boolean switched;
  private long switchStep = -1;
  private long zeroDirections;
  private long firstZeroDirectionStep = -1;

  /**
   * Algorithm 2 (Algorithm 1 when {@code rule} is {@link SwitchRule#never()}) on {@code design}.
   *
   * @param design the data
   * @param convention the loss normalisation ({@link LossConvention#PAPER} in the paper)
   * @param order the update order
   * @param rule the switching rule
   * @param constantStep the constant v-step {@code eta > 0} after the switch (ignored by NEVER)
   * @param initialU {@code u(0)}, needed by the practical rule's first comparison
   */
  public WeightNormalizedDescent(GroupedDesign design, LossConvention convention,
      UpdateOrder order, SwitchRule rule, double constantStep, double[] initialU) {
    GroupPartition groups = design.groups();
    this.n = design.samples();
    this.p = design.dimension();
    this.groupCount = groups.groupCount();
    this.groupOf = new int[p];
    for (int i = 0; i < p; i++) {
      groupOf[i] = groups.groupOf(i);
    }
    if (rule.kind() != SwitchRule.Kind.NEVER && !(constantStep > 0)) {
      throw new IllegalArgumentException("the constant v-step must be > 0, got " + constantStep);
    }
    if (rule.kind() == SwitchRule.Kind.THEORY && rule.targetMagnitudes().length != groupCount) {
      throw new IllegalArgumentException("THEORY needs one target per group");
    }
    if (initialU.length != groupCount) {
      throw new IllegalArgumentException("u(0) needs L = " + groupCount + " entries");
    }
    this.x = design.design();
    this.y = design.responses();
    this.scale = convention.scale(n);
    this.order = order;
    this.rule = rule;
    this.constantStep = constantStep;
    this.residual = new double[n];
    this.weights = new double[p];
    this.correlations = new double[p];
    this.z = new double[p];
    this.projections = new double[n * groupCount];
    this.secondResidual = new double[n];
    this.nextU = new double[groupCount];
    this.previousU = new double[groupCount];
    if (rule.kind() == SwitchRule.Kind.PRACTICAL_FROM_ONE) {
      Arrays.fill(previousU, 1.0);
    } else {
      System.arraycopy(initialU, 0, previousU, 0, groupCount);
    }
    if (rule.kind() == SwitchRule.Kind.FIXED_STEP && rule.fixedStep() == 0) {
      switched = true;
      switchStep = 0;
    }
  }

  /** The parameter vector {@code (u, v)} of {@code u} (length L) and {@code v} (length p). */
  public static double[] pack(double[] u, double[] v) {
    double[] theta = new double[u.length + v.length];
    System.arraycopy(u, 0, theta, 0, u.length);
    System.arraycopy(v, 0, theta, u.length, v.length);
    return theta;
  }

  @Override
  public int dimension() {
    return groupCount + p;
  }

  /** {@code c ||y - X G(u, v)||^2 / (2n)}; caches the residual for the next update. */
  @Override
  public double loss(double[] theta) {
    for (int i = 0; i < p; i++) {
      double ug = theta[groupOf[i]];
      weights[i] = ug * ug * theta[groupCount + i];
    }
    double sum = 0;
    for (int row = 0; row < n; row++) {
      double fit = 0;
      int offset = row * p;
      for (int i = 0; i < p; i++) {
        fit += x[offset + i] * weights[i];
      }
      double r = y[row] - fit;
      residual[row] = r;
      sum += r * r;
    }
    return scale * sum / (2.0 * n);
  }

  @Override
  public Optional<String> update(double[] theta, long t, double gamma) {
    boolean switchesNow = !switched
        && (rule.kind() == SwitchRule.Kind.THEORY && rule.theoryHolds(theta)
        || rule.kind() == SwitchRule.Kind.FIXED_STEP && t >= rule.fixedStep());
    boolean constant = switched || switchesNow;
    // s = X^T r / n at (u(t), v(t))
    Arrays.fill(correlations, 0.0);
    for (int row = 0; row < n; row++) {
      double r = residual[row];
      int offset = row * p;
      for (int i = 0; i < p; i++) {
        correlations[i] += x[offset + i] * r;
      }
    }
    for (int i = 0; i < p; i++) {
      correlations[i] /= n;
    }
    // the v-step, per group: z_l (scaled form before the switch)
    for (int i = 0; i < p; i++) {
      double ug = theta[groupOf[i]];
      double u2 = ug * ug;
      double v = theta[groupCount + i];
      z[i] = constant ? v + constantStep * scale * u2 * correlations[i]
          : u2 * v + scale * correlations[i];
    }
    double[] normSquared = new double[groupCount];
    for (int i = 0; i < p; i++) {
      normSquared[groupOf[i]] += z[i] * z[i];
    }
    boolean zeroThisStep = false;
    for (int i = 0; i < p; i++) {
      double norm = Math.sqrt(normSquared[groupOf[i]]);
      if (norm == 0) {
        z[i] = theta[groupCount + i];
        zeroThisStep = true;
      } else {
        z[i] /= norm;
      }
    }
    // the u-step
    if (order == UpdateOrder.JACOBI) {
      Arrays.fill(nextU, 0.0);
      for (int i = 0; i < p; i++) {
        nextU[groupOf[i]] += theta[groupCount + i] * correlations[i];
      }
    } else {
      Arrays.fill(projections, 0.0);
      for (int row = 0; row < n; row++) {
        int offset = row * p;
        int base = row * groupCount;
        for (int i = 0; i < p; i++) {
          projections[base + groupOf[i]] += x[offset + i] * z[i];
        }
      }
      for (int row = 0; row < n; row++) {
        double fit = 0;
        int base = row * groupCount;
        for (int l = 0; l < groupCount; l++) {
          fit += theta[l] * theta[l] * projections[base + l];
        }
        secondResidual[row] = y[row] - fit;
      }
      Arrays.fill(nextU, 0.0);
      for (int row = 0; row < n; row++) {
        double r = secondResidual[row];
        int base = row * groupCount;
        for (int l = 0; l < groupCount; l++) {
          nextU[l] += projections[base + l] * r;
        }
      }
      for (int l = 0; l < groupCount; l++) {
        nextU[l] /= n;
      }
    }
    for (int l = 0; l < groupCount; l++) {
      double next = theta[l] * (1.0 + 2.0 * gamma * scale * nextU[l]);
      if (!(next > 0) || !Double.isFinite(next)) {
        return Optional.of("u_" + l + "(t+1) = " + next + " <= 0 or not finite at update " + t
            + " (u_" + l + "(t) = " + theta[l] + ", gamma = " + gamma + ")");
      }
      nextU[l] = next;
    }
    if (switchesNow) {
      switched = true;
      switchStep = t;
    }
    if (zeroThisStep) {
      zeroDirections++;
      if (firstZeroDirectionStep < 0) {
        firstZeroDirectionStep = t;
      }
    }
    if (!switched && (rule.kind() == SwitchRule.Kind.PRACTICAL
        || rule.kind() == SwitchRule.Kind.PRACTICAL_FROM_ONE)
        && rule.practicalHolds(previousU, nextU)) {
      switched = true;
      switchStep = t + 1;
    }
    System.arraycopy(nextU, 0, previousU, 0, groupCount);
    System.arraycopy(nextU, 0, theta, 0, groupCount);
    System.arraycopy(z, 0, theta, groupCount, p);
    return Optional.empty();
  }

  /** The switching step {@code T_s} (first update with the constant step), or -1 if none yet. */
  public long switchStep() {
    return switchStep;
  }

  /** The number of updates in which some group had {@code z_l = 0} (and kept its direction). */
  public long zeroDirections() {
    return zeroDirections;
  }

  /** The first update with a zero {@code z_l}, or -1. */
  public long firstZeroDirectionStep() {
    return firstZeroDirectionStep;
  }
}
