package org.tacit.lp;

import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.TransposeAccumulator;

/** Translates the simplex engine's standard-form vectors into an {@link LpResult}. */
final class ResultTranslation {

  private ResultTranslation() {}

  /** {@code A^T y} for the program's constraint matrix, exactly. */
  static BigRational[] transposeTimes(LinearProgram program, BigRational[] y) {
    TransposeAccumulator product = new TransposeAccumulator(y, program.numColumns());
    for (int i = 0; i < program.numRows(); i++) {
      if (product.isZero(i)) {
        continue;
      }
      Row row = program.row(i);
      for (int k = 0; k < row.size(); k++) {
        product.add(i, row.column(k), row.value(k));
      }
    }
    return product.result();
  }

  /** {@code c - A^T y}. */
  static BigRational[] reducedCosts(LinearProgram program, BigRational[] y) {
    BigRational[] product = transposeTimes(program, y);
    for (int j = 0; j < product.length; j++) {
      product[j] = program.column(j).cost().subtract(product[j]);
    }
    return product;
  }

  /** Builds the result of an engine run over {@code field}. */
  static <T> LpResult translate(StandardForm form, TableauSimplex<T> engine,
      TableauSimplex.Outcome outcome, ScalarField<T> field) {
    LinearProgram program = form.program();
    List<BigRational> none = List.of();
    switch (outcome) {
      case OPTIMAL: {
        BigRational[] x = form.originalPoint(rational(engine.primal(), field));
        BigRational[] y = form.originalRowMultipliers(rational(engine.duals(), field),
            program.sense().sign());
        return new LpResult(LpStatus.OPTIMAL, field.isExact(), program.objectiveValue(x),
            Arrays.asList(x), Arrays.asList(y), Arrays.asList(reducedCosts(program, y)), none,
            engine.pivots());
      }
      case INFEASIBLE: {
        BigRational[] y = form.originalRowMultipliers(rational(engine.duals(), field), 1);
        BigRational[] d = transposeTimes(program, y);
        for (int j = 0; j < d.length; j++) {
          d[j] = d[j].negate();
        }
        return new LpResult(LpStatus.INFEASIBLE, field.isExact(), null, none, Arrays.asList(y),
            Arrays.asList(d), none, engine.pivots());
      }
      default: {
        BigRational[] x = form.originalPoint(rational(engine.primal(), field));
        BigRational[] ray = form.originalDirection(rational(engine.direction(), field));
        return new LpResult(LpStatus.UNBOUNDED, field.isExact(), null, Arrays.asList(x), none,
            none, Arrays.asList(ray), engine.pivots());
      }
    }
  }

  private static <T> BigRational[] rational(T[] values, ScalarField<T> field) {
    BigRational[] out = new BigRational[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = field.toRational(values[k]);
    }
    return out;
  }
}
