package org.tacit.verify;

import java.util.function.Function;

/**
 * A deliberately broken instance of a checker: one hypothesis violated, everything else as in the
 * built-in family. The contract test asserts that the checker reports exactly this hypothesis as
 * failed (a verdict that passes, or names another hypothesis, fails the test).
 *
 * @param hypothesis the name of the hypothesis the instance violates (a prefix of the failed
 *     {@link Hypothesis#name()})
 * @param instance draws the broken instance
 * @param <I> the instance type
 */
public record HypothesisViolation<I>(String hypothesis, Function<Draws, I> instance) {}
