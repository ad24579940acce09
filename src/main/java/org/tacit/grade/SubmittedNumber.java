package org.tacit.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacit.exact.BigRational;

/**
 * Parses one submitted number from untrusted JSON without ever building a huge value: a JSON
 * number or a string {@code "p/q"} or decimal, at most
 * {@link GradeTolerances#MAX_NUMBER_CHARACTERS} characters and decimal exponent at most
 * {@link GradeTolerances#MAX_DECIMAL_EXPONENT} in magnitude, checked before any conversion.
 * NaN and the infinities are refused (they are not valid JSON numbers, and as strings they are
 * not rationals).
 *
 * @param value the exact value, when acceptable
 * @param problem why not (empty when acceptable)
 */
public record SubmittedNumber(Optional<BigRational> value, String problem) {

  private static final Pattern FRACTION = Pattern.compile("[+-]?\\d+/[+-]?\\d+");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE]([+-]?\\d{1,9}))?");

  /** The number in {@code node}, or why it is not acceptable. */
  public static SubmittedNumber of(JsonNode node) {
    if (node.isBigDecimal() || node.isFloatingPointNumber()) {
      return decimal(node.decimalValue());
    }
    if (node.isIntegralNumber()) {
      BigInteger integer = node.bigIntegerValue();
      return integer.toString().length() > GradeTolerances.MAX_NUMBER_CHARACTERS
          ? refused("more than " + GradeTolerances.MAX_NUMBER_CHARACTERS + " digits")
          : accepted(BigRational.of(integer));
    }
    if (node.isTextual()) {
      return text(node.asText());
    }
    return refused("expected a number or a string \"p/q\", found "
        + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
  }

  private static SubmittedNumber text(String raw) {
    String s = raw.trim();
    if (s.length() > GradeTolerances.MAX_NUMBER_CHARACTERS) {
      return refused("more than " + GradeTolerances.MAX_NUMBER_CHARACTERS + " characters");
    }
    if (FRACTION.matcher(s).matches()) {
      int slash = s.indexOf('/');
      if (new BigInteger(s.substring(slash + 1)).signum() == 0) {
        return refused("zero denominator in \"" + s + "\"");
      }
      return accepted(BigRational.parse(s));
    }
    Matcher decimal = DECIMAL.matcher(s);
    if (!decimal.matches()) {
      return refused("not a rational number: \"" + s + "\"");
    }
    String exponent = decimal.group(1);
    if (exponent != null
        && Math.abs(Long.parseLong(exponent)) > GradeTolerances.MAX_DECIMAL_EXPONENT) {
      return refused("decimal exponent beyond +-" + GradeTolerances.MAX_DECIMAL_EXPONENT
          + " in \"" + s + "\"");
    }
    return accepted(BigRational.parse(s));
  }

  private static SubmittedNumber decimal(BigDecimal value) {
    long leadingExponent = (long) value.precision() - value.scale() - 1;
    if (value.precision() > GradeTolerances.MAX_NUMBER_CHARACTERS) {
      return refused("more than " + GradeTolerances.MAX_NUMBER_CHARACTERS + " digits");
    }
    if (Math.abs(leadingExponent) > GradeTolerances.MAX_DECIMAL_EXPONENT) {
      return refused("decimal exponent beyond +-" + GradeTolerances.MAX_DECIMAL_EXPONENT);
    }
    return accepted(BigRational.of(value));
  }

  private static SubmittedNumber accepted(BigRational value) {
    return new SubmittedNumber(Optional.of(value), "");
  }

  private static SubmittedNumber refused(String problem) {
    return new SubmittedNumber(Optional.empty(), problem);
  }
}
