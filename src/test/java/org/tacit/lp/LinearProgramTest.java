package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;

/** The LP model and its builder. */
class LinearProgramTest {

  @Test
  void builderKeepsNamesBoundsAndSparseRows() {
    LinearProgram.Builder b = LinearProgram.builder().name("demo");
    assertThat(b.addColumn("x", BigRational.ONE)).isZero();
    assertThat(b.addColumn("y", BigRational.TWO, null, BigRational.ONE)).isEqualTo(1);
    assertThat(b.numColumns()).isEqualTo(2);
    assertThat(b.columnIndex("y")).isEqualTo(1);
    assertThat(b.columnIndex("nope")).isEqualTo(-1);
    b.addRow("r", new BigRational[] {BigRational.ZERO, BigRational.of(3)},
        RowSense.LESS_OR_EQUAL, BigRational.ONE);
    b.addRow("s", Map.of(0, BigRational.ONE), RowSense.GREATER_OR_EQUAL, BigRational.ONE);
    b.addRow("t", Map.of(1, BigRational.ONE), RowSense.EQUAL, BigRational.ONE);
    LinearProgram p = b.build();
    assertThat(p.row(0).size()).as("zero coefficients dropped").isEqualTo(1);
    assertThat(p.row(0).columns()).containsExactly(1);
    assertThat(p.row(0).sense()).isEqualTo(RowSense.LESS_OR_EQUAL);
    assertThat(p.row(1).sense()).isEqualTo(RowSense.GREATER_OR_EQUAL);
    assertThat(p.row(2).sense()).isEqualTo(RowSense.EQUAL);
    assertThat(p.nonZeros()).isEqualTo(3);
    assertThat(p.columns()).hasSize(2);
    assertThat(p.rows()).hasSize(3);
    assertThat(p.toString()).isEqualTo("demo (MINIMIZE, 3 rows, 2 columns, 3 non-zeros)");
    assertThat(p.row(0).toString()).contains("r: null <= [3] . x[1] <= 1");
    BigRational[] x = {BigRational.ONE, BigRational.of(-2)};
    assertThat(p.objectiveValue(x)).isEqualTo(BigRational.of(-3));
    assertThat(p.row(0).activity(x)).isEqualTo(BigRational.of(-6));
    assertThat(p.row(0).activityScale(x)).isEqualTo(BigRational.of(6));
    assertThat(ObjectiveSense.MAXIMIZE.sign()).isEqualTo(-1);
    assertThat(LpStatus.UNBOUNDED.spelling()).isEqualTo("unbounded");
  }

  @Test
  void builderRejectsInconsistentInput() {
    LinearProgram.Builder b = LinearProgram.builder();
    b.addColumn("x", BigRational.ONE);
    assertThatThrownBy(() -> b.addColumn("x", BigRational.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate column");
    assertThatThrownBy(() -> b.addColumn("z", BigRational.ONE, BigRational.TWO, BigRational.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower bound");
    b.addRow("r", Map.of(0, BigRational.ONE), RowSense.EQUAL, BigRational.ONE);
    assertThatThrownBy(() -> b.addRow("r", Map.of(0, BigRational.ONE), RowSense.EQUAL,
        BigRational.ONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate row");
    assertThatThrownBy(() -> b.addRowWithBounds("s", Map.of(0, BigRational.ONE),
        BigRational.TWO, BigRational.ONE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.addRow("s", Map.of(5, BigRational.ONE), RowSense.EQUAL,
        BigRational.ONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 5");
    assertThatThrownBy(() -> b.addRow("s", new BigRational[0], RowSense.EQUAL, BigRational.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 coefficients");
    assertThatThrownBy(() -> b.addRow("s", Map.of(0, BigRational.ONE), RowSense.RANGE,
        BigRational.ONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("addRowWithBounds");
  }
}
