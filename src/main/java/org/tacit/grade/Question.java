package org.tacit.grade;

import java.util.Optional;

/**
 * One question of an assignment.
 *
 * @param id the answer key in submissions (letters, digits, '-', '_', '.')
 * @param text the question as posed
 * @param quantity what is asked
 * @param instance the instance the quantity is computed on
 * @param policy how answers are compared
 * @param points full marks, > 0
 * @param partialSignPattern points for a wrong vector whose sign pattern is right, if offered
 * @param partialSupport points for a wrong vector whose support is right, if offered
 */
public record Question(
    String id,
    String text,
    Quantity quantity,
    Instance instance,
    Policy policy,
    double points,
    Optional<Double> partialSignPattern,
    Optional<Double> partialSupport) {}
