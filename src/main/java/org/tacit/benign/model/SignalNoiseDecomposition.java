package org.tacit.benign.model;

import org.tacit.exact.BigRational;

/**
 * The decompositions (3) and (4) of one state and the quantities of Lemma 5.2's proof, exactly:
 * with {@code b}, {@code a} the coefficients at the same time,
 * {@code Gamma := (1/n) X^T X v - (d/n) v_S - b (X^T xi)_e} (the remainder of (3)),
 * {@code Delta_v := v - v_S - a X^T xi} (the remainder of (4)),
 * {@code E_S := (d/n) v_S + lambda w_{S+}^{o2} - lambda u_{S-}^{o2} - beta*} and
 * {@code Delta_r} by the printed formula of Lemma 5.2's proof (Appendix A.2).
 *
 * <p>Contract: exact; every method costs O(n d) (O(n d) plus one O(n d) product more for
 * {@link #deltaR}).
 *
 * <p>Spec: {@code ZG:eq-3}, {@code ZG:eq-4}, {@code ZG:rem-A.4}, {@code ZG:rem-B.5}.
 *
 * @param data the data
 * @param state the state {@code (w, u, v)} at time {@code t}
 * @param b the coefficient {@code b_t} of (3)
 * @param a the coefficient {@code a_t} of (4)
 */
public record SignalNoiseDecomposition(LearnerData data, LearnerState state, BigRational b,
    BigRational a) {

  /** {@code X^T xi} (the full vector). */
  public BigRational[] noiseCorrelation() {
    return LearnerVectors.transposeTimes(data.x(), data.noise());
  }

  /** {@code (1/n) X^T X z}. */
  public BigRational[] gram(BigRational[] z) {
    return LearnerVectors.scale(inverseN(),
        LearnerVectors.transposeTimes(data.x(), LearnerVectors.times(data.x(), z)));
  }

  /** {@code ((1/n) X^T X - I) z}. */
  public BigRational[] gramDeviation(BigRational[] z) {
    return LearnerVectors.subtract(gram(z), z);
  }

  /** {@code Gamma_t}, the remainder of (3). */
  public BigRational[] gamma() {
    return LearnerVectors.subtract(LearnerVectors.subtract(gram(state.v()), signalTerm()),
        LearnerVectors.scale(b, LearnerVectors.restrict(noiseCorrelation(), data.offSupport())));
  }

  /** {@code Delta_v^(t)}, the remainder of (4). */
  public BigRational[] deltaV() {
    return LearnerVectors.subtract(
        LearnerVectors.subtract(state.v(), LearnerVectors.restrict(state.v(), data.support())),
        LearnerVectors.scale(a, noiseCorrelation()));
  }

  /** {@code (d/n) v_S}, the signal term of (3). */
  public BigRational[] signalTerm() {
    return LearnerVectors.scale(dOverN(), LearnerVectors.restrict(state.v(), data.support()));
  }

  /** {@code z = lambda w_{S+}^{o2} - lambda u_{S-}^{o2} - beta*}. */
  public BigRational[] fittedSignalError() {
    BigRational[] wPart =
        LearnerVectors.restrict(LearnerVectors.square(state.w()), data.positiveSupport());
    BigRational[] uPart =
        LearnerVectors.restrict(LearnerVectors.square(state.u()), data.negativeSupport());
    return LearnerVectors.subtract(
        LearnerVectors.scale(data.lambda(), LearnerVectors.subtract(wPart, uPart)),
        data.betaStar());
  }

  /** {@code E_S = (d/n) v_S + z}, the main term of Lemma 5.2. */
  public BigRational[] signalError() {
    return LearnerVectors.add(signalTerm(), fittedSignalError());
  }

  /** {@code lambda w_{e+}^{o2} - lambda u_{e-}^{o2}}, the non-signal part of the quadratic term. */
  public BigRational[] offSupportQuadratic() {
    BigRational[] wPart =
        LearnerVectors.restrict(LearnerVectors.square(state.w()), data.offPositiveSupport());
    BigRational[] uPart =
        LearnerVectors.restrict(LearnerVectors.square(state.u()), data.offNegativeSupport());
    return LearnerVectors.scale(data.lambda(), LearnerVectors.subtract(wPart, uPart));
  }

  /**
   * {@code Delta_r} as printed in Lemma 5.2's proof: {@code (b - 1/n)(X^T xi)_e - (1/n)(X^T xi)_S
   * + ((1/n) X^T X - I)((d/n) v_S + z) - ((1/n) X^T X - I)(d/n) v_S + (1/n) X^T X (lambda
   * w_{e+}^{o2} - lambda u_{e-}^{o2}) + Gamma}.
   */
  public BigRational[] deltaR() {
    BigRational[] xi = noiseCorrelation();
    BigRational[] sum = LearnerVectors.subtract(
        LearnerVectors.scale(b.subtract(inverseN()),
            LearnerVectors.restrict(xi, data.offSupport())),
        LearnerVectors.scale(inverseN(), LearnerVectors.restrict(xi, data.support())));
    sum = LearnerVectors.add(sum, gramDeviation(signalError()));
    sum = LearnerVectors.subtract(sum, gramDeviation(signalTerm()));
    sum = LearnerVectors.add(sum, gram(offSupportQuadratic()));
    return LearnerVectors.add(sum, gamma());
  }

  /**
   * The expansion of {@code ((1/n) X^T r)_e} in the proof of Lemma B.2: {@code (b - 1/n)(X^T
   * xi)_e + [((1/n) X^T X - I) z + Gamma + (1/n) X^T X (lambda w_{e+}^{o2} - lambda
   * u_{e-}^{o2})]_e}.
   */
  public BigRational[] offSupportGradientExpansion() {
    BigRational[] bracket = LearnerVectors.add(
        LearnerVectors.add(gramDeviation(fittedSignalError()), gamma()),
        gram(offSupportQuadratic()));
    return LearnerVectors.add(
        LearnerVectors.scale(b.subtract(inverseN()),
            LearnerVectors.restrict(noiseCorrelation(), data.offSupport())),
        LearnerVectors.restrict(bracket, data.offSupport()));
  }

  private BigRational inverseN() {
    return BigRational.of(1, data.samples());
  }

  private BigRational dOverN() {
    return BigRational.of(data.dimension(), data.samples());
  }
}
