package org.tacit.grade;

import java.util.List;

/**
 * An assignment: a title and its questions (ids distinct), as read by {@link AssignmentLoader}.
 *
 * @param title the title
 * @param questions the questions, in file order
 */
public record Assignment(String title, List<Question> questions) {

  /** Copies the list. */
  public Assignment {
    questions = List.copyOf(questions);
  }

  /** The total of the full marks. */
  public double totalPoints() {
    return questions.stream().mapToDouble(Question::points).sum();
  }
}
