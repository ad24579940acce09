package org.tacit.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field access for the JSON instance readers of the paper catalogues: a required field, arrays and
 * row lists of numbers rounded to double. Every failure is a {@link UserInputException} naming the
 * file and the field (exit code 2).
 *
 * <p>Contract: numbers may be JSON numbers or strings of exact rationals {@code "p/q"}
 * ({@link JsonNumbers}); they are read exactly and rounded to double once. Cost: linear in the
 * size of the field.
 */
public final class JsonFields {

  private JsonFields() {}

  /** The field {@code name} of {@code json}; bad input when it is missing. */
  public static JsonNode required(JsonNode json, String name, String file) {
    JsonNode value = json.get(name);
    if (value == null) {
      throw UserInputException.at(file, name, "missing");
    }
    return value;
  }

  /** An array of exactly {@code length} numbers, rounded to double. */
  public static double[] doubles(JsonNode array, String file, String name, int length) {
    if (!array.isArray() || array.size() != length) {
      throw UserInputException.at(file, name, "expected an array of " + length + " numbers");
    }
    double[] values = new double[length];
    for (int k = 0; k < length; k++) {
      values[k] = JsonNumbers.rational(array.get(k), file, name + "[" + k + "]").doubleValue();
    }
    return values;
  }

  /**
   * A matrix read from JSON rows, flat and row-major.
   *
   * @param rows the number of rows, at least 1
   * @param columns the length of every row, at least 1
   * @param values the entries, {@code values[r * columns + c]}
   */
  public record DoubleRows(int rows, int columns, double[] values) {}

  /** A non-empty array of non-empty rows of equal length, rounded to double. */
  public static DoubleRows rows(JsonNode rows, String file, String name) {
    if (!rows.isArray() || rows.isEmpty()) {
      throw UserInputException.at(file, name, "expected a non-empty array of rows");
    }
    JsonNode first = rows.get(0);
    if (!first.isArray() || first.isEmpty()) {
      throw UserInputException.at(file, name + "[0]", "expected a non-empty array of numbers");
    }
    int count = rows.size();
    int length = first.size();
    double[] flat = new double[count * length];
    for (int n = 0; n < count; n++) {
      JsonNode row = rows.get(n);
      if (!row.isArray() || row.size() != length) {
        throw UserInputException.at(file, name + "[" + n + "]",
            "expected an array of " + length + " numbers (every row has the same length)");
      }
      System.arraycopy(doubles(row, file, name + "[" + n + "]", length), 0, flat, n * length,
          length);
    }
    return new DoubleRows(count, length, flat);
  }
}
