/**
 * TDR (seed 002) Section 2.1 / H.3.1: the neural-network layer of the paper's general setting.
 * Reverse-mode differentiation by explicit layer functions on flat row-major {@code double[]}
 * tensors ({@link org.tacit.grokking.neural.Layers}: embedding gather, dense, ReLU, Hadamard
 * product, softmax cross-entropy, square loss), the regularizers of the paper summed over the
 * weight matrices ({@link org.tacit.grokking.neural.WeightRegularizer}: l1, l2^2/2, nuclear norm),
 * and the modular-addition MLP {@code y(x) = b2 + W2 relu(b1 + W1 (E[x1] o E[x2]))}
 * ({@link org.tacit.grokking.neural.ModularAdditionMlp}) trained full-batch with
 * {@link org.tacit.training.Adam} through the shared {@link org.tacit.training.IterationLoop}.
 *
 * <p>Layer: paper (inside {@code org.tacit.grokking}); uses {@code grokking.model} (the
 * regularizers), {@code linalg}, {@code training}, {@code verify}.
 *
 * <p>Spec: {@code TDR:alg-2.1-mlp}, {@code TDR:fig-1}.
 */
package org.tacit.grokking.neural;
