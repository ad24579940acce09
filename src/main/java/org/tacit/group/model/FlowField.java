package org.tacit.group.model;

/**
 * An autonomous vector field {@code z' = f(z)} on flat {@code double[]} states, the input of
 * {@link DormandPrinceIntegrator}.
 */
@FunctionalInterface
public interface FlowField {

  /** Writes {@code f(z)} into {@code dz} (same length as {@code z}; {@code z} is not modified). */
  void evaluate(double[] z, double[] dz);
}
