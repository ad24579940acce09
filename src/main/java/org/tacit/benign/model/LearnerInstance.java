package org.tacit.benign.model;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;

/**
 * An exact run of gradient descent (2): data and {@code lambda}, step {@code eta}, a starting
 * state and a number of steps {@code T}; the checkers of the model and its identities take it.
 *
 * <p>Contract: {@code steps >= 0}; the start has dimension {@code d}. Rational sizes grow about
 * threefold in digits per step, so keep {@code T <= 3} on {@code n <= 5}, {@code d <= 8}.
 *
 * <p>Spec: {@code ZG:eq-2}.
 *
 * @param data the data, target and {@code lambda}
 * @param eta the step size
 * @param start the state at {@code t = 0}
 * @param steps the number {@code T} of GD steps
 */
public record LearnerInstance(LearnerData data, BigRational eta, LearnerState start, int steps) {

  /** Checks the shapes and {@code steps >= 0}. */
  public LearnerInstance {
    if (start.dimension() != data.dimension() || steps < 0) {
      throw new IllegalArgumentException("start of the wrong dimension or negative step count");
    }
  }

  /** The states {@code theta^(0), ..., theta^(T)} of GD (2), exactly. */
  public List<LearnerState> trajectory() {
    List<LearnerState> states = new ArrayList<>();
    LearnerState state = start;
    states.add(state);
    for (int t = 0; t < steps; t++) {
      state = data.step(state, eta);
      states.add(state);
    }
    return states;
  }
}
