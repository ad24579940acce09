package org.tacit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * MatrixMarket references in JSON instances (issue #13 point 5): {@code "A": "A.mtx"} reads the
 * same exact system as the inline rows; relative paths resolve against the JSON file; vectors may
 * be columns or rows; the generic record reader accepts references for matrices and vectors;
 * errors name the file.
 */
class MatrixReferencesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aLinearSystemNamesItsMatrixAndVectorFiles() throws Exception {
    write("data/A.mtx", "%%MatrixMarket matrix coordinate real general\n2 3 3\n1 1 1/2\n"
        + "2 2 -3\n2 3 0.25\n");
    write("data/y.mtx", "%%MatrixMarket matrix array real general\n2 1\n1\n-7/3\n");
    Path json = write("data/sys.json", "{\"A\": \"A.mtx\", \"y\": \"y.mtx\"}");
    LinearSystemInput system = InstanceReader.readLinearSystem(json);
    LinearSystemInput inline = InstanceReader.linearSystem(JSON.readTree(
        "{\"A\": [[\"1/2\", 0, 0], [0, -3, \"1/4\"]], \"y\": [1, \"-7/3\"]}"), "inline");
    assertThat(system.a()).isDeepEqualTo(inline.a());
    assertThat(system.y()).containsExactly(inline.y());
    Path row = write("row.mtx", "%%MatrixMarket matrix array integer general\n1 2\n4\n5\n");
    LinearSystemInput withRow = InstanceReader.linearSystem(JSON.readTree(
        "{\"A\": [[1, 0], [0, 1]], \"y\": \"" + row.toAbsolutePath() + "\"}"),
        dir.resolve("elsewhere/sys.json").toString());
    assertThat(withRow.y()).containsExactly(BigRational.of(4), BigRational.of(5));
  }

  @Test
  void problemsNameTheFileAndTheField() throws Exception {
    write("M.mtx", "%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n4\n");
    Path notVector = write("bad.json", "{\"A\": [[1, 2], [3, 4]], \"y\": \"M.mtx\"}");
    assertThatThrownBy(() -> InstanceReader.readLinearSystem(notVector))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("y").hasMessageContaining("2 x 2 matrix, not a vector");
    Path missing = write("missing.json", "{\"A\": \"none.mtx\", \"y\": [1]}");
    assertThatThrownBy(() -> InstanceReader.readLinearSystem(missing))
        .isInstanceOf(UserInputException.class).hasMessageEndingWith("none.mtx: no such file");
    Path shape = write("shape.json", "{\"A\": \"M.mtx\", \"y\": [1]}");
    assertThatThrownBy(() -> InstanceReader.readLinearSystem(shape))
        .isInstanceOf(UserInputException.class).hasMessageContaining("expected 2 entries");
    Path direct = write("A.mtx", "%%MatrixMarket matrix array real general\n1 1\n1\n");
    assertThatThrownBy(() -> InstanceReader.readLinearSystem(direct))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("give a JSON instance that names it");
  }

  @Test
  void aHugeSizeLineIsRefusedBeforeAllocating() {
    assertThatThrownBy(() -> MatrixMarketReader.parse(java.util.List.of(
        "%%MatrixMarket matrix coordinate real general", "100000 100000 1", "1 1 1"), "big.mtx"))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith("big.mtx:2: 100000 x 100000 exceeds the 10000000 entries");
  }

  /** A record with a matrix, a double matrix and a vector. */
  public record Fields(RationalMatrix a, double[][] gram, BigRational[] v) {}

  @Test
  void theRecordReaderAcceptsReferencesForMatricesAndVectors() throws Exception {
    write("A.mtx", "%%MatrixMarket matrix coordinate integer general\n2 2 2\n1 1 3\n2 2 5\n");
    write("G.mtx", "%%MatrixMarket matrix array real symmetric\n2 2\n1\n0.5\n2\n");
    write("v.mtx", "%%MatrixMarket matrix array real general\n3 1\n1\n2\n3\n");
    Path file = dir.resolve("f.json");
    JsonNode node = JSON.readTree("{\"a\": \"A.mtx\", \"gram\": \"G.mtx\", \"v\": \"v.mtx\"}");
    Fields fields = (Fields) RecordJsonReader.read(Fields.class, node, file.toString());
    assertThat(fields.a().get(0, 0)).isEqualTo(BigRational.of(3));
    assertThat(fields.a().get(1, 1)).isEqualTo(BigRational.of(5));
    assertThat(fields.a().get(0, 1)).isEqualTo(BigRational.ZERO);
    assertThat(fields.gram()[0][1]).isEqualTo(0.5);
    assertThat(fields.gram()[1][0]).isEqualTo(0.5);
    assertThat(fields.v()).containsExactly(BigRational.ONE, BigRational.TWO, BigRational.of(3));
  }
}
