package org.tacit.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tacit.exact.BigRational;

/**
 * Scores a submission against the references, in exact arithmetic: submitted numbers are exact
 * rationals ({@link SubmittedNumber}) and double references are compared through their exact
 * values, so the only allowances are the instructor's tolerance and the reference's certified
 * error. Answers of the wrong shape, too long ({@link GradeTolerances#MAX_NUMBERS_PER_ANSWER}) or
 * with an unacceptable number score zero with the reason; nothing in a submission can make it
 * throw.
 */
public final class Scorer {

  private Scorer() {}

  /** Grades {@code submission}; {@code references} from {@link ReferenceSolver#solve}. */
  public static StudentGrade grade(Assignment assignment, Map<String, Reference> references,
      Submission submission) {
    List<QuestionScore> scores = new ArrayList<>();
    for (Question question : assignment.questions()) {
      Reference reference = references.get(question.id());
      if (reference == null) {
        throw new IllegalArgumentException("no reference for question " + question.id());
      }
      scores.add(score(question, reference, submission));
    }
    return new StudentGrade(submission.student(), submission.file(), scores, submission.problem());
  }

  /** Scores the answer to one question. */
  public static QuestionScore score(Question question, Reference reference,
      Submission submission) {
    String expected = show(question, reference);
    if (!submission.problem().isEmpty()) {
      return zero(question, "invalid", expected, "", "submission unusable: "
          + submission.problem());
    }
    JsonNode answer = submission.answers().get(question.id());
    if (answer == null || answer.isNull()) {
      return zero(question, "missing", expected, "", "no answer for " + question.id());
    }
    return switch (question.quantity().shape()) {
      case VERDICT -> verdict(question, reference, answer, expected);
      case SET -> set(question, reference, answer, expected);
      case SCALAR, VECTOR -> numbers(question, reference, answer, expected);
    };
  }

  private static QuestionScore verdict(Question question, Reference reference, JsonNode answer,
      String expected) {
    if (!answer.isBoolean()) {
      return zero(question, "invalid", expected, shortText(answer),
          "expected true or false, found " + kind(answer));
    }
    boolean got = answer.booleanValue();
    return got == reference.verdict()
        ? full(question, expected, String.valueOf(got), "verdict")
        : new QuestionScore(question.id(), 0, question.points(), "wrong", expected,
            String.valueOf(got), "", "verdict", "wrong verdict; reference: "
                + reference.certificate());
  }

  private static QuestionScore set(Question question, Reference reference, JsonNode answer,
      String expected) {
    if (!answer.isArray() || answer.size() > GradeTolerances.MAX_NUMBERS_PER_ANSWER) {
      return zero(question, "invalid", expected, shortText(answer), "expected an array of at most "
          + GradeTolerances.MAX_NUMBERS_PER_ANSWER + " indices");
    }
    TreeSet<Integer> got = new TreeSet<>();
    for (JsonNode entry : answer) {
      if (!entry.isIntegralNumber() || !entry.canConvertToInt()) {
        return zero(question, "invalid", expected, shortText(answer),
            "indices must be integers, found " + shortText(entry));
      }
      got.add(entry.intValue());
    }
    TreeSet<Integer> want = new TreeSet<>();
    Arrays.stream(reference.set()).forEach(want::add);
    String shown = got.toString();
    return got.equals(want) ? full(question, expected, shown, "set")
        : new QuestionScore(question.id(), 0, question.points(), "wrong", expected, shown, "",
            "set", "sets differ (0-based indices)");
  }

  private static QuestionScore numbers(Question question, Reference reference, JsonNode answer,
      String expected) {
    BigRational[] want = reference.values();
    boolean vector = question.quantity().shape() == Quantity.Shape.VECTOR;
    List<JsonNode> entries = new ArrayList<>();
    if (vector) {
      if (!answer.isArray() || answer.size() > GradeTolerances.MAX_NUMBERS_PER_ANSWER) {
        return zero(question, "invalid", expected, shortText(answer),
            "expected an array of at most " + GradeTolerances.MAX_NUMBERS_PER_ANSWER + " numbers");
      }
      answer.forEach(entries::add);
      if (entries.size() != want.length) {
        return zero(question, "invalid", expected, shortText(answer),
            "expected " + want.length + " entries, found " + entries.size());
      }
    } else {
      entries.add(answer);
    }
    BigRational[] got = new BigRational[entries.size()];
    for (int k = 0; k < got.length; k++) {
      SubmittedNumber number = SubmittedNumber.of(entries.get(k));
      if (number.value().isEmpty()) {
        return zero(question, "invalid", expected, shortText(answer),
            (vector ? "entry " + k + ": " : "") + number.problem());
      }
      got[k] = number.value().get();
    }
    String shown = vector ? Arrays.toString(got) : got[0].toString();
    Policy policy = question.policy();
    if (policy.kind() == Policy.Kind.SIGN_PATTERN) {
      return signs(got).equals(signs(want)) ? full(question, expected, shown, policy.describe())
          : new QuestionScore(question.id(), 0, question.points(), "wrong", expected, shown, "",
              policy.describe(), "sign patterns differ: expected " + signs(want) + ", got "
                  + signs(got));
    }
    BigRational error = BigRational.ZERO;
    BigRational scale = BigRational.ZERO;
    for (int k = 0; k < got.length; k++) {
      error = error.max(got[k].subtract(want[k]).abs());
      scale = scale.max(want[k].abs());
    }
    BigRational allowed = switch (policy.kind()) {
      case ABSOLUTE -> policy.tolerance().add(reference.error());
      case RELATIVE -> policy.tolerance().multiply(scale).add(reference.error());
      case CERTIFIED -> reference.error();
      default -> BigRational.ZERO;
    };
    String tolerance = policy.describe() + " (allowed max |error| " + approximate(allowed)
        + (reference.exact() ? "" : ", including the reference's certified error "
            + approximate(reference.error())) + ")";
    String errorText = approximate(error);
    if (error.compareTo(allowed) <= 0) {
      return new QuestionScore(question.id(), question.points(), question.points(), "correct",
          expected, shown, errorText, tolerance, "within tolerance");
    }
    double partial = 0;
    String why = "max |error| " + errorText + " exceeds the allowed " + approximate(allowed);
    if (question.partialSignPattern().isPresent() && signs(got).equals(signs(want))) {
      partial = question.partialSignPattern().get();
      why += "; partial credit " + partial + " for the right sign pattern " + signs(want);
    }
    if (question.partialSupport().isPresent() && question.partialSupport().get() > partial
        && support(got).equals(support(want))) {
      partial = question.partialSupport().get();
      why += "; partial credit " + partial + " for the right support " + support(want);
    }
    return new QuestionScore(question.id(), partial, question.points(),
        partial > 0 ? "partial" : "wrong", expected, shown, errorText, tolerance, why);
  }

  private static String signs(BigRational[] values) {
    StringBuilder pattern = new StringBuilder();
    for (BigRational value : values) {
      pattern.append(value.signum() > 0 ? '+' : value.signum() < 0 ? '-' : '0');
    }
    return pattern.toString();
  }

  private static List<Integer> support(BigRational[] values) {
    List<Integer> support = new ArrayList<>();
    for (int k = 0; k < values.length; k++) {
      if (!values[k].isZero()) {
        support.add(k);
      }
    }
    return support;
  }

  /** The reference as shown in explanations and solution sheets. */
  static String show(Question question, Reference reference) {
    return switch (question.quantity().shape()) {
      case VERDICT -> String.valueOf(reference.verdict());
      case SET -> Arrays.toString(reference.set());
      case SCALAR -> reference.exact() ? reference.values()[0].toString()
          : approximate(reference.values()[0]);
      case VECTOR -> Arrays.toString(reference.values());
    };
  }

  private static String approximate(BigRational value) {
    return value.isZero() ? "0" : String.valueOf(value.doubleValue());
  }

  private static QuestionScore full(Question question, String expected, String got,
      String tolerance) {
    return new QuestionScore(question.id(), question.points(), question.points(), "correct",
        expected, got, "", tolerance, "correct");
  }

  private static QuestionScore zero(Question question, String outcome, String expected,
      String got, String why) {
    return new QuestionScore(question.id(), 0, question.points(), outcome, expected, got, "",
        question.policy().describe(), why);
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static String shortText(JsonNode node) {
    String text = node.toString();
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
