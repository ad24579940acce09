package org.tacit.stepsize.model;

import org.tacit.linalg.SymmetricEigen;

/**
 * The spectral quantities of NRSS Section 8 / Appendix A at a parameter vector, each computed
 * independently so that the proof steps can be compared: the largest eigenvalue of the full
 * Hessian (18) (dense, {@code P x P} with {@code P = B d}), of the Gauss-Newton form
 * {@code (1/N) Phi Phi^T} (19) built from {@code Phi} (20), and of the {@code N x N} Gram matrix
 * {@code (1/N) Phi^T Phi} (21), with the Rayleigh quotients the proofs evaluate.
 *
 * <p>Cost: O(P^3 + N^3 + N P^2). Spec: {@code NRSS:eq-19}, {@code NRSS:eq-20},
 * {@code NRSS:eq-21} (and their Appendix copies (26), (27), (37), (38)).
 *
 * @param lambdaMax lambda_max of the full Hessian (18)
 * @param rayleighAtTopParameterVector {@code b^T H b} at the computed unit top eigenvector b of H
 * @param lambdaMaxPhiPhiT lambda_max of {@code (1/N) Phi Phi^T} ({@code P x P})
 * @param lambdaMaxGram lambda_max of {@code (1/N) Phi^T Phi} ({@code N x N})
 * @param topSampleVector the unit top eigenvector {@code p} of {@code Phi^T Phi}
 * @param phiAtTopSampleVector {@code (1/N) ||Phi p||^2} at that vector
 * @param rayleighAtUniform {@code (1/N) ||Phi p||^2} at {@code p = 1/sqrt(N) 1}, i.e.
 *     {@code (1/N^2) ||Phi 1||^2}
 * @param rayleighAtUniformScale {@code (1/N^2) sum_k (sum_n |Phi_{k,n}|)^2}, the size of the
 *     terms of {@code rayleighAtUniform} (its rounding is relative to this)
 * @param traceBound {@code (1/N) tr(Phi^T Phi) = (1/N) sum_n ||grad f(x_n)||^2}
 * @param eulerDiscrepancy {@code max_n |<theta, grad f(x_n)> - degree f(x_n)| / scale_n}, with
 *     {@code scale_n = degree sum_i |x_{n,i}| betaMagnitude_i} (Euler's identity for a homogeneous f)
 */
public record HessianSpectrum(
    double lambdaMax,
    double rayleighAtTopParameterVector,
    double lambdaMaxPhiPhiT,
    double lambdaMaxGram,
    double[] topSampleVector,
    double phiAtTopSampleVector,
    double rayleighAtUniform,
    double rayleighAtUniformScale,
    double traceBound,
    double eulerDiscrepancy) {

  /** Computes every quantity at {@code instance.theta()}. */
  public static HessianSpectrum of(SolutionInstance instance) {
    SquaredLoss loss = instance.loss();
    double[] theta = instance.theta();
    int size = loss.parameterCount();
    int samples = instance.data().samples();
    double[] hessian = loss.hessian(theta);
    SymmetricEigen.Eigenpair top = SymmetricEigen.largest(hessian, size);
    double rayleigh = SymmetricEigen.rayleighQuotient(hessian, size, top.vector());

    double[] phi = loss.phi(theta);
    double[] outer = new double[size * size];
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        double sum = 0;
        for (int n = 0; n < samples; n++) {
          sum += phi[a * samples + n] * phi[b * samples + n];
        }
        outer[a * size + b] = sum / samples;
      }
    }
    double[] gram = new double[samples * samples];
    for (int n = 0; n < samples; n++) {
      for (int m = 0; m < samples; m++) {
        double sum = 0;
        for (int a = 0; a < size; a++) {
          sum += phi[a * samples + n] * phi[a * samples + m];
        }
        gram[n * samples + m] = sum / samples;
      }
    }
    SymmetricEigen.Eigenpair gramTop = SymmetricEigen.largest(gram, samples);
    double[] p = gramTop.vector();

    double atTop = 0;
    double atUniform = 0;
    double uniformScale = 0;
    double trace = 0;
    for (int a = 0; a < size; a++) {
      double dotTop = 0;
      double rowSum = 0;
      double rowAbs = 0;
      for (int n = 0; n < samples; n++) {
        double entry = phi[a * samples + n];
        dotTop += entry * p[n];
        rowSum += entry;
        rowAbs += Math.abs(entry);
        trace += entry * entry;
      }
      atTop += dotTop * dotTop;
      atUniform += rowSum * rowSum;
      uniformScale += rowAbs * rowAbs;
    }
    double n2 = (double) samples * samples;

    double[] predictions = instance.data().times(instance.model().beta(theta, instance.data().dimension()));
    double[] magnitude = instance.model().betaMagnitude(theta, instance.data().dimension());
    int degree = instance.model().homogeneityDegree();
    int d = instance.data().dimension();
    double euler = 0;
    for (int n = 0; n < samples; n++) {
      double inner = 0;
      double scale = 0;
      for (int a = 0; a < size; a++) {
        inner += theta[a] * phi[a * samples + n];
      }
      for (int i = 0; i < d; i++) {
        scale += Math.abs(instance.data().feature(n, i)) * magnitude[i];
      }
      scale *= degree;
      double discrepancy = Math.abs(inner - degree * predictions[n]);
      euler = Math.max(euler, scale == 0 ? discrepancy : discrepancy / scale);
    }
    return new HessianSpectrum(top.value(), rayleigh, SymmetricEigen.lambdaMax(outer, size),
        gramTop.value(), p, atTop / samples, atUniform / n2, uniformScale / n2, trace / samples,
        euler);
  }
}
