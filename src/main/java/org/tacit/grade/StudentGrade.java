package org.tacit.grade;

import java.util.List;

/**
 * One graded submission.
 *
 * @param student the student id
 * @param file the submission file name
 * @param scores one per question, in assignment order
 * @param problem why the whole file was unusable (empty when usable)
 */
public record StudentGrade(String student, String file, List<QuestionScore> scores,
    String problem) {

  /** Copies the list. */
  public StudentGrade {
    scores = List.copyOf(scores);
  }

  /** The total of the points awarded. */
  public double total() {
    return scores.stream().mapToDouble(QuestionScore::awarded).sum();
  }
}
