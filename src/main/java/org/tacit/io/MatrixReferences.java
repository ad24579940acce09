package org.tacit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.tacit.exact.BigRational;

/**
 * Matrices and vectors of a JSON instance given as MatrixMarket files: a field such as
 * {@code "A": "A.mtx"} names a {@code .mtx} file, resolved against the directory of the JSON file
 * that names it, and is read exactly by {@link MatrixMarketReader}. A vector field accepts an
 * {@code n x 1} or {@code 1 x n} file.
 *
 * <p>The file's rows are returned as a JSON array of exact rational strings, so that the caller's
 * usual validation (shape, double range, field names) applies unchanged. Cost: O(rows x cols).
 */
public final class MatrixReferences {

  private MatrixReferences() {}

  /** Whether {@code node} is a reference to a MatrixMarket file (a string ending in .mtx). */
  public static boolean isReference(JsonNode node) {
    return node.isTextual()
        && node.asText().toLowerCase(Locale.ROOT).endsWith(".mtx");
  }

  /**
   * The rows of the matrix file that {@code node} names, as a JSON array of arrays.
   *
   * @param node a reference ({@link #isReference})
   * @param file the JSON file that holds the reference (its directory resolves relative paths)
   */
  public static ArrayNode rows(JsonNode node, String file) {
    BigRational[][] matrix = MatrixMarketReader.read(resolve(node.asText(), file));
    ArrayNode rows = JsonNodeFactory.instance.arrayNode(matrix.length);
    for (BigRational[] row : matrix) {
      ArrayNode values = rows.addArray();
      for (BigRational value : row) {
        values.add(value.toString());
      }
    }
    return rows;
  }

  /**
   * The entries of the vector file that {@code node} names ({@code n x 1} or {@code 1 x n}), as a
   * JSON array.
   *
   * @throws UserInputException if the file holds neither a column nor a row
   */
  public static ArrayNode vector(JsonNode node, String file, String field) {
    BigRational[][] matrix = MatrixMarketReader.read(resolve(node.asText(), file));
    ArrayNode values = JsonNodeFactory.instance.arrayNode();
    if (matrix[0].length == 1) {
      for (BigRational[] row : matrix) {
        values.add(row[0].toString());
      }
    } else if (matrix.length == 1) {
      for (BigRational value : matrix[0]) {
        values.add(value.toString());
      }
    } else {
      throw UserInputException.at(file, field, node.asText() + " holds a " + matrix.length
          + " x " + matrix[0].length + " matrix, not a vector (n x 1 or 1 x n)");
    }
    return values;
  }

  /** {@code reference} resolved against the directory of {@code file}. */
  static Path resolve(String reference, String file) {
    Path target = Path.of(reference);
    if (target.isAbsolute()) {
      return target;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    return parent == null ? target : parent.resolve(target);
  }
}
