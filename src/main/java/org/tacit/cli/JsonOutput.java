package org.tacit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.tacit.exact.BigRational;

/**
 * The one place commands build and write their result: one JSON object on stdout (design brief).
 * Every command formats values through these methods, so the formats are the same everywhere:
 * doubles are JSON numbers, with NaN and the infinities as the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}; rationals are exact {@code "p/q"} strings when the
 * command runs exactly and their nearest double otherwise; indices are JSON integers.
 */
public final class JsonOutput {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** Puts a double, writing non-finite values as strings ("NaN", "Infinity"). */
  public static void putDouble(ObjectNode node, String field, double value) {
    node.set(field, number(value));
  }

  /** Puts an array of doubles, each written as by {@link #putDouble}. */
  public static void putDoubles(ObjectNode node, String field, double[] values) {
    ArrayNode array = node.putArray(field);
    for (double value : values) {
      array.add(number(value));
    }
  }

  /** Puts a rational as {@code "p/q"} when {@code exact}, else as its double (see {@link #putDouble}). */
  public static void putRational(ObjectNode node, String field, BigRational value, boolean exact) {
    if (exact) {
      node.put(field, value.toString());
    } else {
      putDouble(node, field, value.doubleValue());
    }
  }

  /** Puts an array of rationals, each written as by {@link #putRational}. */
  public static void putRationals(ObjectNode node, String field, BigRational[] values,
      boolean exact) {
    if (exact) {
      ArrayNode array = node.putArray(field);
      for (BigRational value : values) {
        array.add(value.toString());
      }
    } else {
      double[] approximations = new double[values.length];
      for (int k = 0; k < values.length; k++) {
        approximations[k] = values[k].doubleValue();
      }
      putDoubles(node, field, approximations);
    }
  }

  /** Puts an array of indices (or other integers). */
  public static void putIntegers(ObjectNode node, String field, int[] values) {
    ArrayNode array = node.putArray(field);
    for (int value : values) {
      array.add(value);
    }
  }

  /** A finite double as a JSON number, a non-finite one as its {@link String#valueOf} string. */
  private static JsonNode number(double value) {
    return Double.isFinite(value) ? JsonNodeFactory.instance.numberNode(value)
        : JsonNodeFactory.instance.textNode(String.valueOf(value));
  }

  /** Adds {@code elapsedMs} (milliseconds since {@code startNanos}) and prints the object. */
  public static void print(PrintWriter out, ObjectNode result, long startNanos) {
    result.put("elapsedMs", (System.nanoTime() - startNanos) / 1_000_000.0);
    try {
      out.println(JSON.writeValueAsString(result));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
