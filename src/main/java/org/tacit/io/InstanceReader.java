package org.tacit.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.tacit.exact.BigRational;

/**
 * Reads user instances: JSON objects, and linear systems {@code {"A": [[...], ...], "y": [...]}}
 * (design brief, command-line contract). Numbers are JSON numbers (read exactly from their decimal
 * text) or strings of exact rationals {@code "p/q"}. {@code A} and {@code y} may instead name
 * MatrixMarket files ({@code "A": "A.mtx"}, relative to the JSON file; see
 * {@link MatrixReferences}); a {@code .mtx} file given directly as the instance is refused with a
 * line saying how to name it.
 *
 * <p>Every problem is a {@link UserInputException} naming the file, the field (with row and
 * column) and the problem.
 */
public final class InstanceReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private InstanceReader() {}

  /** Reads a JSON object from {@code path}. */
  public static JsonNode readObject(Path path) {
    String file = path.toString();
    if (file.toLowerCase(Locale.ROOT).endsWith(".mtx")) {
      throw new UserInputException(file + ": a MatrixMarket file holds one matrix; give a JSON"
          + " instance that names it, e.g. {\"A\": \"" + path.getFileName() + "\", \"y\": [...]}");
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file");
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot read: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new UserInputException(file + ": malformed JSON" + where + ": " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new UserInputException(file + ": expected a JSON object");
    }
    return root;
  }

  /** Reads a linear system from a JSON file. */
  public static LinearSystemInput readLinearSystem(Path path) {
    return linearSystem(readObject(path), path.toString());
  }

  /** Reads a linear system from a parsed JSON object; {@code file} is used in messages. */
  public static LinearSystemInput linearSystem(JsonNode root, String file) {
    JsonNode aNode = root.get("A");
    if (aNode == null) {
      throw UserInputException.at(file, "A", "missing");
    }
    if (MatrixReferences.isReference(aNode)) {
      aNode = MatrixReferences.rows(aNode, file);
    }
    if (!aNode.isArray() || aNode.isEmpty()) {
      throw UserInputException.at(file, "A", "expected a non-empty array of rows");
    }
    int rows = aNode.size();
    BigRational[][] a = new BigRational[rows][];
    int cols = -1;
    for (int i = 0; i < rows; i++) {
      JsonNode row = aNode.get(i);
      if (!row.isArray() || row.isEmpty()) {
        throw UserInputException.at(file, "A[" + i + "]", "expected a non-empty array of numbers");
      }
      if (cols >= 0 && row.size() != cols) {
        throw UserInputException.at(file, "A[" + i + "]",
            "expected " + cols + " entries like row 0, found " + row.size());
      }
      cols = row.size();
      a[i] = new BigRational[cols];
      for (int j = 0; j < cols; j++) {
        a[i][j] = JsonNumbers.rational(row.get(j), file, "A[" + i + "][" + j + "]");
      }
    }
    JsonNode yNode = root.get("y");
    if (yNode == null) {
      throw UserInputException.at(file, "y", "missing");
    }
    if (MatrixReferences.isReference(yNode)) {
      yNode = MatrixReferences.vector(yNode, file, "y");
    }
    if (!yNode.isArray()) {
      throw UserInputException.at(file, "y", "expected an array of numbers");
    }
    if (yNode.size() != rows) {
      throw UserInputException.at(file, "y",
          "expected " + rows + " entries (one per row of A), found " + yNode.size());
    }
    BigRational[] y = new BigRational[rows];
    for (int i = 0; i < rows; i++) {
      y[i] = JsonNumbers.rational(yNode.get(i), file, "y[" + i + "]");
    }
    return new LinearSystemInput(a, y);
  }
}
