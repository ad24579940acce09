package org.tacit.stepsize.model;

import org.tacit.exact.BigRational;

/**
 * A diagonal linear network of NRSS: a linear predictor {@code f_theta(x) = <beta(theta), x>} whose
 * parameters {@code theta} come in {@code B} blocks of length {@code d}, and whose prediction
 * gradient is blockwise a rescaled copy of the input:
 * {@code grad_theta f(x) = (c_1(theta) o x; ...; c_B(theta) o x)}.
 *
 * <p>That structure is what both models of the paper share (depth D: {@code B = 2},
 * {@code c = (D u_+^{D-1}, -D u_-^{D-1})}; UV: {@code B = 4}, {@code c = (v_+, u_+, -v_-, -u_-)}), and
 * it lets {@link SquaredLoss} assemble the loss, its gradient (17) and its Hessian (18) from three
 * model-specific pieces: {@link #beta}, {@link #featureCoefficients} and the Hessian of
 * {@code theta -> <beta(theta), g>} for a fixed {@code g}. All pieces are exact analytic formulas
 * (polynomials in {@code theta}); the rational variants evaluate the same polynomials exactly.
 *
 * <p>Spec: {@code NRSS:eq-4}, {@code NRSS:eq-12}, {@code NRSS:eq-34} (the models),
 * {@code NRSS:eq-28}, {@code NRSS:eq-39} (their gradients).
 */
public interface DiagonalNetworkModel {

  /** The number of parameter blocks {@code B}; the parameter vector has length {@code B d}. */
  int blocks();

  /**
   * The degree of homogeneity of {@code f} in {@code theta} ({@code D} for the depth-D model, 2 for
   * UV), so that Euler's identity {@code <theta, grad_theta f(x)> = degree * f(x)} holds.
   */
  int homogeneityDegree();

  /** A short name, e.g. {@code "depth 3"} or {@code "UV"}. */
  String name();

  /** The predictor {@code beta(theta) in R^d}; {@code theta} has length {@code B d}. O(B d). */
  double[] beta(double[] theta, int dimension);

  /**
   * The magnitudes of the monomials of {@code beta}: entry {@code i} is the sum of the absolute
   * values of the terms whose difference is {@code beta_i} (depth D: {@code |u_{+,i}|^D +
   * |u_{-,i}|^D}; UV: {@code |u_{+,i} v_{+,i}| + |u_{-,i} v_{-,i}|}). It scales the rounding error of
   * {@code beta}, and so the residual tolerated at a computed solution. O(B d).
   */
  double[] betaMagnitude(double[] theta, int dimension);

  /**
   * The coefficients {@code c_k(theta)}, {@code k < B}, flat: entry {@code k d + i} is the factor of
   * {@code x_i} in {@code d f / d theta_{k d + i}}. O(B d).
   */
  double[] featureCoefficients(double[] theta, int dimension);

  /**
   * Adds the Hessian of {@code theta -> <beta(theta), g>} to the dense symmetric {@code (B d) x (B d)}
   * row-major matrix {@code hessian}. With {@code g = (1/N) sum_n r_n x_n} this is the residual term
   * {@code (1/N) sum_n r_n Hess f(x_n)} of (18). O(B d) writes.
   */
  void addBetaHessian(double[] theta, double[] g, double[] hessian);

  /**
   * {@code out += Hess_theta <beta(theta), g> v}, matrix-free. O(B d).
   */
  void addBetaHessianTimes(double[] theta, double[] g, double[] v, double[] out);

  /** {@link #beta} in exact rational arithmetic. */
  BigRational[] beta(BigRational[] theta, int dimension);

  /** {@link #featureCoefficients} in exact rational arithmetic. */
  BigRational[] featureCoefficients(BigRational[] theta, int dimension);

  /** {@link #addBetaHessian} in exact rational arithmetic. */
  void addBetaHessian(BigRational[] theta, BigRational[] g, BigRational[] hessian);
}
