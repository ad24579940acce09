package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.lp.LinearSystem;
import org.tacit.stepsize.model.WeightedL1Chain;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * The l1 links of the proof chain (48) of NRSS Lemma D.3, decided exactly on rational data
 * {@code X beta = y} ({@link WeightedL1Chain}: {@code beta*} the minimum-l1 interpolator,
 * {@code beta^} the one minimizing {@code ||beta o m^2||_1}, {@code q = Ehat(x^2)}).
 *
 * <p>Forms ({@link StatementForm}): {@link StatementForm#CORRECTED} checks the corrected links
 * (rem-D.2 route): {@code min_{X beta = y} ||beta o q||_1} is at most both
 * {@code ||beta* o q||_1} and {@code ||beta^ o q||_1}. {@link StatementForm#PRINTED} checks the
 * printed step {@code ||beta^ o q||_1 <= ||beta* o q||_1}, unjustified (beta^ minimizes the
 * m^2-weighted norm, not the q-weighted one) and false on the erratum's instance; it additionally
 * requires the three minimizers to be unique, so that a failure holds for every choice of argmin.
 *
 * <p>Hypotheses: every column mean {@code m_i = Ehat(x_i)} is non-zero; {@code X beta = y} has a
 * solution. Exact (tolerance 0). Cost: three exact l1 LPs.
 *
 * <p>Spec: {@code NRSS:eq-48}, {@code NRSS:lem-D.3}.
 */
public final class WeightedL1ChainChecker extends TheoremChecker<LinearSystem> {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:eq-48";

  private final StatementForm form;

  /** The checker of the corrected links. */
  public WeightedL1ChainChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public WeightedL1ChainChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(LinearSystem instance) {
    return "N=" + instance.rows() + " d=" + instance.cols()
        + (form == StatementForm.PRINTED ? " (printed step)" : "");
  }

  @Override
  protected List<Check> evaluate(LinearSystem instance, Hypotheses hypotheses) {
    RationalMatrix x = instance.a();
    boolean meansNonZero = true;
    for (int i = 0; i < x.cols(); i++) {
      BigRational sum = BigRational.ZERO;
      for (int k = 0; k < x.rows(); k++) {
        sum = sum.add(x.get(k, i));
      }
      meansNonZero &= !sum.isZero();
    }
    if (!hypotheses.require("every column mean m_i != 0", meansNonZero)
        || !hypotheses.require("X beta = y has a solution",
            x.solve(instance.y()).particular() != null)) {
      return List.of();
    }
    WeightedL1Chain.Result r = WeightedL1Chain.evaluate(x, instance.y());
    List<Check> checks = new ArrayList<>();
    if (form == StatementForm.PRINTED) {
      if (!hypotheses.require("the three l1 minimizers are unique", r.unique())) {
        return List.of();
      }
      checks.add(Check.lessOrEqual(SPEC_ID, "printed: ||beta^ o q||_1 <= ||beta* o q||_1",
          r.printedLeft(), r.printedRight()));
      return checks;
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "corrected: min ||beta o q||_1 <= ||beta* o q||_1",
        r.correctedLeft(), r.printedRight()));
    checks.add(Check.lessOrEqual(SPEC_ID, "corrected: min ||beta o q||_1 <= ||beta^ o q||_1",
        r.correctedLeft(), r.printedLeft()));
    return checks;
  }
}
