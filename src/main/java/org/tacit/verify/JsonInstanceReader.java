package org.tacit.verify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a user's instance of a checker from JSON ({@code tacit check ID --in FILE}).
 *
 * <p>Contract: shape errors (missing field, wrong length, not a number) are bad input and throw
 * the input layer's exception naming the file and field (exit code 2); whether the instance meets
 * the theorem's hypotheses is NOT decided here but by the checker (exit code 3 names the failed
 * hypothesis).
 *
 * @param <I> the instance type
 */
@FunctionalInterface
public interface JsonInstanceReader<I> {

  /** The instance in {@code json}; {@code file} names the source in messages. */
  I read(JsonNode json, String file);
}
