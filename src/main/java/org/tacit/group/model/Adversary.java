package org.tacit.group.model;

/**
 * How the perturbations {@code (b_t, e_t)} of a {@link PerturbedRunInstance} are chosen at each
 * step, within the radii {@code ||b_t|| <= rho (u*)^2}, {@code |e_t| <= E}. With the large step
 * {@code eta_t = 1/u^4(t)} the new direction is {@code ((u*)^2 v* + b_t)/||.||}, whose alignment
 * {@code <v(t+1), v*>} ranges over {@code [sqrt(1 - rho^2), 1]} (Lemma 8), the lower end at the
 * tangent point {@code b = (u*)^2 (-rho^2 v* + rho sqrt(1 - rho^2) e_perp)}.
 *
 * <p>Spec: {@code LNHW:lem-9}, {@code LNHW:lem-10}, {@code LNHW:lem-11}.
 */
public enum Adversary {
  /** Slow the growth: {@code b_t} at the tangent point, {@code e_t = -E}. */
  SHRINK,
  /** Speed the growth: {@code b_t = 0} (alignment 1), {@code e_t = +E}. */
  GROW,
  /** Against convergence: {@link #SHRINK} while {@code u^2 < (u*)^2}, {@link #GROW} otherwise. */
  AGAINST,
  /** Uniform: {@code b_t} uniform in the ball, {@code e_t} uniform in {@code [-E, E]} (seeded). */
  RANDOM
}
