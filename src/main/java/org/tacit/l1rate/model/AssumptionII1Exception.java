package org.tacit.l1rate.model;

/**
 * Thrown when an instance does not meet MS Assumption II.1; the message names the failing part
 * and the {@link #report()} carries all three.
 *
 * <p>Spec: {@code MS:asm-II.1}.
 */
public final class AssumptionII1Exception extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient AssumptionII1Report report;

  /** An exception for {@code report}, which must not hold. */
  public AssumptionII1Exception(AssumptionII1Report report) {
    super(String.valueOf(report.hypotheses().failureMessage()));
    this.report = report;
  }

  /** The decided parts. */
  public AssumptionII1Report report() {
    return report;
  }
}
