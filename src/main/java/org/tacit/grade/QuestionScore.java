package org.tacit.grade;

/**
 * The score of one answer with its explanation (for every lost point: expected, got, error,
 * tolerance, why).
 *
 * @param id the question id
 * @param awarded the points given
 * @param points the full marks
 * @param outcome "correct", "partial", "wrong", "missing" or "invalid"
 * @param expected the reference, as shown
 * @param got the answer, as shown (empty when missing or unusable)
 * @param error the measured error (empty when not a numeric comparison)
 * @param tolerance the policy and the allowed error
 * @param why the reason for the points given
 */
public record QuestionScore(String id, double awarded, double points, String outcome,
    String expected, String got, String error, String tolerance, String why) {}
