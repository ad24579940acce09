package org.tacit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/** The generic JSON form of record instances: components by name, exact rationals, errors. */
class RecordJsonReaderTest {

  /** A color. */
  public enum Color { RED, BLUE }

  /** An inner record. */
  public record Inner(BigRational q, double[] xs) {}

  /** An outer record with every supported kind of component. */
  public record Outer(int n, long big, double x, boolean flag, String name, Color color,
      Inner inner, BigRational[][] rows, RationalMatrix matrix, List<Inner> list) {}

  /** A record that validates its components. */
  public record Positive(int k) {
    /** Refuses k < 1. */
    public Positive {
      if (k < 1) {
        throw new IllegalArgumentException("k must be >= 1, got " + k);
      }
    }
  }

  /** A record with a component of an unsupported type. */
  public record Unsupported(Object thing) {}

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void readsEveryKindOfComponentExactly() throws Exception {
    Outer outer = (Outer) RecordJsonReader.read(Outer.class, json("{\"n\": 3, \"big\": 5e10,"
        + " \"x\": \"1/4\", \"flag\": true, \"name\": \"s\", \"color\": \"BLUE\","
        + " \"inner\": {\"q\": 0.1, \"xs\": [1, 2]}, \"rows\": [[1, \"2/3\"]],"
        + " \"matrix\": [[1, 0], [0, 1]], \"list\": [{\"q\": 1, \"xs\": []}], \"extra\": 0}"),
        "f.json");
    assertThat(outer.n()).isEqualTo(3);
    assertThat(outer.big()).isEqualTo(50_000_000_000L);
    assertThat(outer.x()).isEqualTo(0.25);
    assertThat(outer.flag()).isTrue();
    assertThat(outer.color()).isEqualTo(Color.BLUE);
    // 0.1 is read as the decimal written, exactly 1/10 (not the double nearest to it)
    assertThat(outer.inner().q()).isEqualTo(BigRational.of(1, 10));
    assertThat(outer.inner().xs()).containsExactly(1, 2);
    assertThat(outer.rows()[0][1]).isEqualTo(BigRational.of(2, 3));
    assertThat(outer.matrix()).isEqualTo(RationalMatrix.identity(2));
    assertThat(outer.list()).hasSize(1);
    assertThat(RecordJsonReader.shape(Inner.class))
        .isEqualTo("{\"q\": rational, \"xs\": [number, ...]}");
  }

  @Test
  void shapeErrorsAndRefusalsNameTheField() {
    assertThatThrownBy(() -> RecordJsonReader.read(Inner.class, json("{\"q\": 1}"), "f.json"))
        .isInstanceOf(UserInputException.class)
        .hasMessage("f.json: xs: missing (expected [number, ...])");
    assertThatThrownBy(() -> RecordJsonReader.read(Inner.class,
        json("{\"q\": 1, \"xs\": [1, \"a\"]}"), "f.json"))
        .isInstanceOf(UserInputException.class).hasMessageStartingWith("f.json: xs[1]: ");
    assertThatThrownBy(() -> RecordJsonReader.read(Outer.class, json("{\"n\": 1.5}"), "f.json"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("f.json: n: expected an integer");
    assertThatThrownBy(() -> RecordJsonReader.read(Positive.class, json("{\"k\": 0}"), "f.json"))
        .isInstanceOf(UserInputException.class)
        .hasMessage("f.json: (top level): k must be >= 1, got 0");
    assertThatThrownBy(() -> RecordJsonReader.read(Inner.class, json("[1]"), "f.json"))
        .isInstanceOf(UserInputException.class).hasMessageContaining("expected an object");
  }

  @Test
  void unsupportedComponentsAreNamed() {
    assertThat(RecordJsonReader.unsupported(Outer.class)).isEmpty();
    assertThat(RecordJsonReader.unsupported(Unsupported.class))
        .hasValue("Unsupported.thing: Object");
    assertThatThrownBy(() -> RecordJsonReader.read(Unsupported.class, json("{}"), "f"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
