package org.tacit.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.tacit.exact.BigRational;

/**
 * Reads exact numbers from JSON: a JSON number (read from its decimal text, exactly) or a string
 * {@code "p/q"} / decimal. Errors name the file and the field.
 */
public final class JsonNumbers {

  private JsonNumbers() {}

  /**
   * The exact value of {@code node}, or a {@link UserInputException} naming file and field; values
   * whose magnitude rounds beyond the double range are refused too, since every command computes
   * in double somewhere (screening, double solvers), where they would overflow.
   */
  public static BigRational rational(JsonNode node, String file, String field) {
    BigRational value = exactValue(node, file, field);
    if (!Double.isFinite(value.doubleValue())) {
      throw UserInputException.at(file, field, "outside the range of double (|x| <= "
          + Double.MAX_VALUE + "), found " + value.toBigDecimal(4).toString());
    }
    return value;
  }

  private static BigRational exactValue(JsonNode node, String file, String field) {
    if (node.isNumber()) {
      if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())
          && !node.isBigDecimal()) {
        throw UserInputException.at(file, field, "not a finite number");
      }
      return BigRational.of(node.decimalValue());
    }
    if (node.isTextual()) {
      try {
        return BigRational.parse(node.asText());
      } catch (NumberFormatException e) {
        throw UserInputException.at(file, field, String.valueOf(e.getMessage()));
      }
    }
    throw UserInputException.at(file, field,
        "expected a number or a string \"p/q\", found " + node.getNodeType().toString().toLowerCase(
            java.util.Locale.ROOT));
  }

  /** An integer field, or a {@link UserInputException}. */
  public static int integer(JsonNode node, String file, String field) {
    BigRational value = rational(node, file, field);
    if (!value.isInteger() || value.numerator().bitLength() > 31) {
      throw UserInputException.at(file, field, "expected an integer, found " + value);
    }
    return value.numerator().intValueExact();
  }
}
