/**
 * Full-batch training shared by the papers: {@link org.tacit.training.GradientDescent} minimizes
 * an {@link org.tacit.training.Objective} on flat {@code double[]} parameters under a
 * {@link org.tacit.training.StepSchedule}, with one divergence rule
 * ({@link org.tacit.training.TrainingTolerances#DIVERGENCE_FACTOR}), early stopping with
 * confirmation, a step budget, progress reports ({@link org.tacit.training.ProgressListener}) and
 * checkpoints of the trajectory at chosen steps ({@link org.tacit.training.Checkpoint}). The loop
 * itself is {@link org.tacit.training.IterationLoop}, which also drives iterative methods that are
 * not plain GD ({@link org.tacit.training.IterativeMethod}: e.g. a descent with a normalisation
 * step), with the same settings, stopping and divergence rules, and a method's refusal of an update
 * (a reason, e.g. leaving its domain) as one more way to stop.
 *
 * <p>The package knows nothing of any paper: the models (NRSS diagonal networks, the MS quadratic
 * reparameterization, ...) supply their objectives; it depends only on the JDK.
 *
 * <p>Spec: no paper item (infrastructure of {@code NRSS:eq-2} and {@code MS:def-I.4}).
 */
package org.tacit.training;
