package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.exact.BigRational;
import org.tacit.io.UserInputException;

/** The MPS reader: sections, bound types, ranges, conventions, and one error per malformed input. */
class MpsReaderTest {

  private static final String FREE = String.join("\n",
      "* a comment",
      "NAME          TINY   trailing words are ignored",
      "OBJSENSE",
      "    MAX",
      "ROWS",
      " N  obj",
      " L  lim",
      " G  low",
      " E  eq",
      " E  eqneg",
      " N  extra",
      "COLUMNS",
      "    x         obj       1.5        lim       1",
      "    x         low       1          extra     9",
      "    y         obj       -0.1       eq        2",
      "    y         eqneg     1",
      "    z         obj       3          lim       1",
      "RHS",
      "    RHS       obj       -7         lim       10",
      "    RHS       low       2          eq        4",
      "    RHS       eqneg     1",
      "RANGES",
      "    RNG       lim       4          low       3",
      "    RNG       eq        2          eqneg     -5",
      "BOUNDS",
      " UP BND       x         8",
      " MI BND       y",
      " UP BND       z         -2",
      "ENDATA",
      "");

  private static BigRational q(String text) {
    return BigRational.parse(text);
  }

  @Test
  void readsEverySectionExactly() {
    MpsReader.Result read = MpsReader.parse(FREE, "tiny.mps", MpsFormat.FREE);
    LinearProgram p = read.program();
    assertThat(p.name()).isEqualTo("TINY");
    assertThat(p.sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
    assertThat(p.objectiveConstant()).isEqualTo(q("7"));
    assertThat(p.numColumns()).isEqualTo(3);
    assertThat(p.numRows()).isEqualTo(4);
    assertThat(p.column(0).cost()).isEqualTo(q("3/2"));
    assertThat(p.column(1).cost()).isEqualTo(q("-1/10"));
    assertThat(p.column(0).lower()).isEqualTo(BigRational.ZERO);
    assertThat(p.column(0).upper()).isEqualTo(q("8"));
    assertThat(p.column(1).lower()).isNull();
    assertThat(p.column(1).upper()).isNull();
    assertThat(p.column(2).lower()).as("negative UP without LO: lower -inf").isNull();
    assertThat(p.column(2).upper()).isEqualTo(q("-2"));
    assertThat(read.warnings()).hasSize(1);
    assertThat(read.warnings().get(0)).startsWith("tiny.mps:28: negative UP bound on z");
    Row lim = p.row(0);
    assertThat(lim.name()).isEqualTo("lim");
    assertThat(lim.lower()).isEqualTo(q("6"));
    assertThat(lim.upper()).isEqualTo(q("10"));
    assertThat(p.row(1).lower()).isEqualTo(q("2"));
    assertThat(p.row(1).upper()).isEqualTo(q("5"));
    assertThat(p.row(2).lower()).isEqualTo(q("4"));
    assertThat(p.row(2).upper()).isEqualTo(q("6"));
    assertThat(p.row(3).lower()).isEqualTo(q("-4"));
    assertThat(p.row(3).upper()).isEqualTo(q("1"));
    assertThat(p.row(1).size()).as("the free row 'extra' is dropped").isEqualTo(1);
  }

  @Test
  void readsAllBoundTypes() {
    String text = String.join("\n", "NAME B", "ROWS", " N obj", "COLUMNS",
        "    a obj 1", "    b obj 1", "    c obj 1", "    d obj 1", "    e obj 1", "    f obj 1",
        "BOUNDS", " LO BND a -3", " UP BND a 4", " FX BND b 2.5", " FR BND c", " PL BND d",
        " LO BND e 1e1", " UP BND f -1", " LO BND f -5", "ENDATA");
    LinearProgram p = MpsReader.parse(text, "b.mps", MpsFormat.FREE).program();
    assertThat(p.column(0).lower()).isEqualTo(q("-3"));
    assertThat(p.column(0).upper()).isEqualTo(q("4"));
    assertThat(p.column(1).lower()).isEqualTo(q("5/2"));
    assertThat(p.column(1).upper()).isEqualTo(q("5/2"));
    assertThat(p.column(2).lower()).isNull();
    assertThat(p.column(2).upper()).isNull();
    assertThat(p.column(3).lower()).isEqualTo(BigRational.ZERO);
    assertThat(p.column(3).upper()).isNull();
    assertThat(p.column(4).lower()).isEqualTo(q("10"));
    assertThat(p.column(5).lower()).as("LO after a negative UP restores it").isEqualTo(q("-5"));
    assertThat(p.column(5).upper()).isEqualTo(q("-1"));
  }

  @Test
  void readsFixedFormatWithSpacesInNames() {
    String text = String.join("\n",
        "NAME          FIXED",
        "ROWS",
        fixed("N", "COST"),
        fixed("L", "LIM 1"),
        "COLUMNS",
        fixed("", "X ONE", "COST", "1.0", "LIM 1", "1.0"),
        "RHS",
        fixed("", "RHS", "LIM 1", "4.0"),
        "BOUNDS",
        fixed("UP", "BND", "X ONE", "3.0"),
        "ENDATA");
    LinearProgram p = MpsReader.parse(text, "f.mps", MpsFormat.FIXED).program();
    assertThat(p.column(0).name()).isEqualTo("X ONE");
    assertThat(p.row(0).name()).isEqualTo("LIM 1");
    assertThat(p.row(0).upper()).isEqualTo(q("4"));
    assertThat(p.column(0).upper()).isEqualTo(q("3"));
    assertThat(p.column(0).cost()).isEqualTo(BigRational.ONE);
  }

  @Test
  void readsFilesAndObjsenseOnTheHeaderLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("h.mps");
    Files.writeString(file, "NAME H\nOBJSENSE MAXIMIZE\nROWS\n N obj\nCOLUMNS\n x obj 1\n"
        + "BOUNDS\n UP BND x 1\nENDATA\n", StandardCharsets.UTF_8);
    LinearProgram p = MpsReader.read(file);
    assertThat(p.sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
    assertThat(new ExactSimplexSolver().solve(p).objective()).isEqualTo(BigRational.ONE);
    assertThatThrownBy(() -> MpsReader.read(dir.resolve("missing.mps")))
        .isInstanceOf(UserInputException.class).hasMessageContaining("no such file");
    assertThatThrownBy(() -> MpsReader.read(dir, MpsFormat.FREE))
        .isInstanceOf(UserInputException.class).hasMessageContaining("cannot read");
  }

  /** A fixed-format data line: fields start at columns 2, 5, 15, 25, 40, 50 (1-based). */
  private static String fixed(String... fields) {
    int[] starts = {1, 4, 14, 24, 39, 49};
    StringBuilder line = new StringBuilder();
    for (int k = 0; k < fields.length; k++) {
      while (line.length() < starts[k]) {
        line.append(' ');
      }
      line.append(fields[k]);
    }
    return line.toString();
  }

  private static void assertRejected(String body, String expected) {
    String text = "NAME E\nROWS\n N obj\n L r\nCOLUMNS\n x obj 1 r 1\n" + body;
    assertThatThrownBy(() -> MpsReader.parse(text, "bad.mps", MpsFormat.FREE))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith("bad.mps:")
        .hasMessageContaining(expected);
  }

  @Test
  void rejectsMalformedFilesWithFileAndLine() {
    assertRejected("RHS\n RHS r 1\n", "bad.mps:8: missing ENDATA");
    assertRejected("FOO\nENDATA\n", "bad.mps:7: unknown section FOO");
    assertRejected("RHS\n RHS q 1\nENDATA\n", "unknown row q in RHS");
    assertRejected("RHS\n RHS r one\nENDATA\n", "not a number: one");
    assertRejected("BOUNDS\n BV BND x\nENDATA\n", "integer");
    assertRejected("BOUNDS\n LI BND x 1\nENDATA\n", "integer");
    assertRejected("BOUNDS\n UI BND x 1\nENDATA\n", "integer");
    assertRejected("BOUNDS\n XX BND x 1\nENDATA\n", "unknown bound type XX");
    assertRejected("BOUNDS\n UP BND y 1\nENDATA\n", "unknown column y");
    assertRejected("BOUNDS\n UP BND x 1 2\nENDATA\n", "needs [set] column value");
    assertRejected("BOUNDS\n UP BND x\nENDATA\n", "unknown column BND");
    assertRejected("BOUNDS\n UP BND x 1\n UP OTHER x 2\nENDATA\n", "a second BOUNDS set");
    assertRejected("BOUNDS\n FR\nENDATA\n", "needs [set] column");
    assertRejected("BOUNDS\n LO BND x 5\n UP BND x 1\nENDATA\n", "lower bound 5 > upper bound 1");
    assertRejected("RHS\n RHS r 1\n OTHER r 2\nENDATA\n", "a second RHS set");
    assertRejected("RHS\n RHS\nENDATA\n", "one or two (row, value) pairs");
    assertRejected("RANGES\n RNG obj 1\nENDATA\n", "RANGES on the objective row");
    assertRejected(" MARKER 'MARKER' 'INTORG'\nENDATA\n", "MARKER");
    assertRejected(" y obj\nENDATA\n", "COLUMNS line needs");
    assertRejected(" y q 1\nENDATA\n", "unknown row q in column y");
    assertRejected(" x r 2\nENDATA\n", "duplicate entry for row r");
    assertRejected("ROWS\n L r\nENDATA\n", "duplicate row r");
    assertRejected("ROWS\n X s\nENDATA\n", "unknown row type X");
    assertRejected("ROWS\n L\nENDATA\n", "ROWS line needs a type and a name");
    assertRejected("OBJSENSE SIDEWAYS\nENDATA\n", "OBJSENSE must be MIN or MAX");
    assertThatThrownBy(() -> MpsReader.parse(" x 1\n", "bad.mps", MpsFormat.FREE))
        .isInstanceOf(UserInputException.class).hasMessage(
            "bad.mps:1: data line outside a section (expected ROWS, COLUMNS, RHS, RANGES or BOUNDS)");
  }

  @Test
  void rangesAndRhsOnFreeRows() {
    String text = "NAME F\nROWS\n N obj\n N spare\nCOLUMNS\n x obj 1 spare 2\nRHS\n spare 3\n"
        + "RANGES\n spare 1\nENDATA\n";
    assertThatThrownBy(() -> MpsReader.parse(text, "f.mps", MpsFormat.FREE))
        .isInstanceOf(UserInputException.class).hasMessageContaining("RANGES on the free row");
    LinearProgram p = MpsReader.parse(text.replace("RANGES\n spare 1\n", ""), "f.mps",
        MpsFormat.FREE).program();
    assertThat(p.numRows()).isZero();
  }

  /** A range on an L row with negative R uses |R|; ranges of E rows follow R's sign. */
  @Test
  void rangeSignConventions() {
    String text = "NAME R\nROWS\n N obj\n L l\n G g\nCOLUMNS\n x obj 1 l 1\n x g 1\n"
        + "RHS\n l 5 g 1\nRANGES\n l -2 g -3\nBOUNDS\n UP x 9\nENDATA\n";
    LinearProgram p = MpsReader.parse(text, "r.mps", MpsFormat.FREE).program();
    assertThat(p.row(0).lower()).isEqualTo(q("3"));
    assertThat(p.row(0).upper()).isEqualTo(q("5"));
    assertThat(p.row(1).lower()).isEqualTo(q("1"));
    assertThat(p.row(1).upper()).isEqualTo(q("4"));
    assertThat(p.column(0).upper()).as("bound without a set name").isEqualTo(q("9"));
  }
}
