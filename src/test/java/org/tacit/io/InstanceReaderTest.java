package org.tacit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.exact.BigRational;

/** Reading user instances: exact numbers, and one clear error naming file, field and problem. */
class InstanceReaderTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsALinearSystemExactly() throws Exception {
    Path file = write("ok.json", "{\"A\": [[1, 0.1, \"2/3\"], [-2, 1e-3, 0]], \"y\": [\"1/7\", 3]}");
    LinearSystemInput system = InstanceReader.readLinearSystem(file);
    assertThat(system.rows()).isEqualTo(2);
    assertThat(system.cols()).isEqualTo(3);
    assertThat(system.a()[0][1]).isEqualTo(BigRational.of(1, 10));
    assertThat(system.a()[0][2]).isEqualTo(BigRational.of(2, 3));
    assertThat(system.a()[1][1]).isEqualTo(BigRational.of(1, 1000));
    assertThat(system.y()[0]).isEqualTo(BigRational.of(1, 7));
    assertThat(system.aAsDouble()[0][1]).isEqualTo(0.1);
    assertThat(system.yAsDouble()[0]).isEqualTo(1.0 / 7.0);
    assertThat(system.yAsDouble()[1]).isEqualTo(3.0);
  }

  @Test
  void namesFileFieldAndProblem() throws Exception {
    String f = dir.resolve("bad.json").toString();
    expect("{\"A\": [[1, 2], [3]], \"y\": [1, 2]}", f + ": A[1]: expected 2 entries like row 0, found 1");
    expect("{\"y\": [1]}", f + ": A: missing");
    expect("{\"A\": [], \"y\": []}", f + ": A: expected a non-empty array of rows");
    expect("{\"A\": [5], \"y\": [1]}", f + ": A[0]: expected a non-empty array of numbers");
    expect("{\"A\": [[1]]}", f + ": y: missing");
    expect("{\"A\": [[1]], \"y\": 3}", f + ": y: expected an array of numbers");
    expect("{\"A\": [[1]], \"y\": [1, 2]}", f + ": y: expected 1 entries (one per row of A), found 2");
    expect("{\"A\": [[\"x\"]], \"y\": [1]}", f + ": A[0][0]: not a rational number: \"x\"");
    expect("{\"A\": [[true]], \"y\": [1]}", f + ": A[0][0]: expected a number or a string \"p/q\", found boolean");
    expect("{\"A\": [[1]], \"y\": [\"1/0\"]}", f + ": y[0]: zero denominator in \"1/0\"");
    expect("[1, 2]", f + ": expected a JSON object");
    expect("{\"A\": [[1]] \"y\": [1]}", f + ": malformed JSON at line 1, column 13");
    expect("{} {}", f + ": malformed JSON");
    assertThatThrownBy(() -> InstanceReader.readObject(dir.resolve("none.json")))
        .isInstanceOf(UserInputException.class).hasMessage(dir.resolve("none.json") + ": no such file");
    assertThatThrownBy(() -> InstanceReader.readObject(dir))
        .isInstanceOf(UserInputException.class).hasMessageContaining("cannot read");
  }

  private void expect(String text, String message) throws Exception {
    Path file = write("bad.json", text);
    assertThatThrownBy(() -> InstanceReader.readLinearSystem(file))
        .isInstanceOf(UserInputException.class).hasMessageStartingWith(message);
  }

  @Test
  void readsIntegersAndRejectsNonIntegers() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(JsonNumbers.integer(json.readTree("12"), "f", "p")).isEqualTo(12);
    assertThat(JsonNumbers.integer(json.readTree("\"6/3\""), "f", "p")).isEqualTo(2);
    assertThatThrownBy(() -> JsonNumbers.integer(json.readTree("1.5"), "f", "p"))
        .hasMessage("f: p: expected an integer, found 3/2");
    assertThatThrownBy(() -> JsonNumbers.integer(json.readTree("99999999999"), "f", "p"))
        .hasMessage("f: p: expected an integer, found 99999999999");
  }

  @Test
  void readsMatrixMarketCoordinateAndArray() {
    BigRational[][] coordinate = MatrixMarketReader.parse(List.of(
        "%%MatrixMarket matrix coordinate real general", "% comment", "2 3 2",
        "1 1 0.5", "2 3 -4"), "m.mtx");
    assertThat(coordinate[0][0]).isEqualTo(BigRational.of(1, 2));
    assertThat(coordinate[1][2]).isEqualTo(BigRational.of(-4));
    assertThat(coordinate[0][1]).isEqualTo(BigRational.ZERO);
    BigRational[][] array = MatrixMarketReader.parse(List.of(
        "%%MatrixMarket matrix array integer general", "2 2", "1", "2", "3", "4"), "m.mtx");
    assertThat(array[1][0]).isEqualTo(BigRational.of(2));
    assertThat(array[0][1]).isEqualTo(BigRational.of(3));
    BigRational[][] symmetric = MatrixMarketReader.parse(List.of(
        "%%MatrixMarket matrix coordinate real symmetric", "2 2 2", "1 1 1", "2 1 7"), "m.mtx");
    assertThat(symmetric[0][1]).isEqualTo(BigRational.of(7));
    BigRational[][] symmetricArray = MatrixMarketReader.parse(List.of(
        "%%MatrixMarket matrix array real symmetric", "2 2", "1", "5", "9"), "m.mtx");
    assertThat(symmetricArray[0][1]).isEqualTo(BigRational.of(5));
    assertThat(symmetricArray[1][1]).isEqualTo(BigRational.of(9));
  }

  @Test
  void matrixMarketErrorsNameTheLine() throws Exception {
    mm("m.mtx: empty file");
    mm("m.mtx:1: expected header", "%%MatrixMarket vector coordinate real general");
    mm("m.mtx:1: format 'dense'", "%%MatrixMarket matrix dense real general");
    mm("m.mtx:1: field 'complex'", "%%MatrixMarket matrix coordinate complex general");
    mm("m.mtx:1: symmetry 'hermitian'", "%%MatrixMarket matrix coordinate real hermitian");
    mm("m.mtx:1: missing size line", "%%MatrixMarket matrix coordinate real general");
    mm("m.mtx:2: expected size line 'rows cols entries'", "%%MatrixMarket matrix coordinate real general", "2 2");
    mm("m.mtx:2: expected size line 'rows cols'", "%%MatrixMarket matrix array real general", "2 2 2");
    mm("m.mtx:2: rows must be a positive integer, found 'x'", "%%MatrixMarket matrix coordinate real general", "x 2 1");
    mm("m.mtx:2: entries must be a non-negative integer", "%%MatrixMarket matrix coordinate real general", "2 2 -1");
    mm("m.mtx:2: a symmetric matrix must be square", "%%MatrixMarket matrix coordinate real symmetric", "2 3 1");
    mm("m.mtx:3: expected 'row col value'", "%%MatrixMarket matrix coordinate real general", "2 2 1", "1 1");
    mm("m.mtx:3: index (3, 1) outside 2 x 2", "%%MatrixMarket matrix coordinate real general", "2 2 1", "3 1 1");
    mm("m.mtx:3: symmetric files list the lower triangle only", "%%MatrixMarket matrix coordinate real symmetric", "2 2 1", "1 2 1");
    mm("m.mtx:4: entry (1, 1) given twice", "%%MatrixMarket matrix coordinate real general", "2 2 2", "1 1 1", "1 1 2");
    mm("m.mtx:3: not a rational number: \"q\"", "%%MatrixMarket matrix coordinate real general", "2 2 1", "1 1 q");
    mm("m.mtx:4: more entries than the 1 announced", "%%MatrixMarket matrix coordinate real general", "2 2 1", "1 1 1", "2 2 1");
    mm("m.mtx:3: found 1 entries, expected 2", "%%MatrixMarket matrix coordinate real general", "2 2 2", "1 1 1");
    mm("m.mtx:3: expected one value per line", "%%MatrixMarket matrix array real general", "1 1", "1 2");
    Path file = dir.resolve("x.mtx");
    Files.writeString(file, "%%MatrixMarket matrix array real general\n1 1\n4\n");
    assertThat(MatrixMarketReader.read(file)[0][0]).isEqualTo(BigRational.of(4));
    assertThatThrownBy(() -> MatrixMarketReader.read(dir.resolve("none.mtx")))
        .hasMessageEndingWith("none.mtx: no such file");
    assertThatThrownBy(() -> MatrixMarketReader.read(dir)).hasMessageContaining("cannot read");
  }

  private static void mm(String message, String... lines) {
    assertThatThrownBy(() -> MatrixMarketReader.parse(List.of(lines), "m.mtx"))
        .isInstanceOf(UserInputException.class).hasMessageStartingWith(message);
  }
}
