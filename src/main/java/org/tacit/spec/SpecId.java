package org.tacit.spec;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec ID {@code KEY:kind-number}, e.g. {@code MS:thm-II.2a} (design brief).
 *
 * <p>KEY is one of {@link #PAPER_KEYS}; kind one of {@link #KINDS} ({@code ex}, a worked example,
 * extends the brief's list); number as printed in the paper, letters, digits and dots.
 *
 * @param paper the paper key
 * @param kind the item kind
 * @param number the number as printed
 */
public record SpecId(String paper, String kind, String number) {

  /** The paper keys, in the order of the seed files. */
  public static final List<String> PAPER_KEYS = List.of("ZG", "NRSS", "TDR", "MS", "LNHW");

  /** The item kinds. */
  public static final List<String> KINDS =
      List.of("def", "asm", "lem", "thm", "cor", "prop", "rem", "ex", "eq", "alg", "fig", "tab");

  private static final Pattern FORMAT = Pattern.compile(
      "^(" + String.join("|", PAPER_KEYS) + "):(" + String.join("|", KINDS) + ")-([A-Za-z0-9.]+)$");

  /**
   * Parses an ID.
   *
   * @throws IllegalArgumentException naming the text and the expected form if it is malformed
   */
  public static SpecId parse(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("malformed spec ID '" + text
          + "' (expected KEY:kind-number, KEY in " + PAPER_KEYS + ", kind in " + KINDS + ")");
    }
    return new SpecId(String.valueOf(m.group(1)), String.valueOf(m.group(2)),
        String.valueOf(m.group(3)));
  }

  @Override
  public String toString() {
    return paper + ":" + kind + "-" + number;
  }
}
