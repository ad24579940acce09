package org.tacit.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Map;
import org.tacit.exact.BigRational;

/**
 * The instructor's outputs of {@code tacit grade --solution}: a full-marks submission (the
 * reference answers, exact rationals as {@code "p/q"} strings, so it grades to full marks as the
 * next input) and a worked solution sheet in Markdown (per question: the instance, the answer,
 * the certificate).
 */
public final class SolutionSheet {

  private SolutionSheet() {}

  /** The reference answers as a submission {@code {"student": "reference", "answers": ...}}. */
  public static ObjectNode submission(Assignment assignment, Map<String, Reference> references) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("student", "reference");
    ObjectNode answers = root.putObject("answers");
    for (Question question : assignment.questions()) {
      answers.set(question.id(), answer(question, reference(references, question)));
    }
    return root;
  }

  private static JsonNode answer(Question question, Reference reference) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (question.quantity().shape()) {
      case VERDICT -> f.booleanNode(reference.verdict());
      case SET -> {
        ArrayNode set = f.arrayNode();
        Arrays.stream(reference.set()).forEach(set::add);
        yield set;
      }
      case SCALAR -> f.textNode(reference.values()[0].toString());
      case VECTOR -> {
        ArrayNode vector = f.arrayNode();
        for (BigRational value : reference.values()) {
          vector.add(value.toString());
        }
        yield vector;
      }
    };
  }

  /** The worked solution sheet, Markdown. */
  public static String markdown(Assignment assignment, Map<String, Reference> references) {
    StringBuilder md = new StringBuilder("# Solutions: ").append(assignment.title())
        .append("\n\n");
    for (Question question : assignment.questions()) {
      Reference reference = reference(references, question);
      Instance instance = question.instance();
      md.append("## ").append(question.id()).append(" (").append(Gradebook.points(
          question.points())).append(" points)\n\n").append(question.text()).append("\n\n");
      md.append("- Quantity: `").append(question.quantity().key()).append("`\n");
      md.append("- Instance (").append(instance.source()).append("): ");
      if (question.quantity().hessian()) {
        md.append("H = ").append(Arrays.deepToString(instance.hessian()));
      } else {
        md.append("A = ").append(instance.system().a()).append(", y = ")
            .append(Arrays.toString(instance.system().y()))
            .append(instance.nonnegative() ? ", x >= 0" : "");
      }
      md.append("\n- Answer: `").append(Scorer.show(question, reference)).append("`")
          .append(reference.exact() ? " (exact)" : " (double; certified |error| <= "
              + reference.error().doubleValue() + ")");
      md.append("\n- Policy: ").append(question.policy().describe());
      md.append("\n- Certificate: ").append(reference.certificate()).append("\n\n");
    }
    return md.toString();
  }

  private static Reference reference(Map<String, Reference> references, Question question) {
    Reference reference = references.get(question.id());
    if (reference == null) {
      throw new IllegalArgumentException("no reference for question " + question.id());
    }
    return reference;
  }
}
