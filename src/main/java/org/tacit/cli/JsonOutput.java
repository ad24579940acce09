package org.tacit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The one place commands write their result: one JSON object on stdout (design brief). Exact
 * values go in as strings {@code "p/q"}; doubles as JSON numbers (NaN and infinities as strings).
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
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.put(field, String.valueOf(value));
    }
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
