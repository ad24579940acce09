package org.tacit.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tacit.exact.BigRational;

/**
 * Reads a dense matrix from a MatrixMarket file ({@code .mtx}): {@code matrix coordinate} or
 * {@code matrix array}, field {@code real} or {@code integer}, symmetry {@code general} or
 * {@code symmetric}. Entries are read exactly (decimals as exact rationals). Coordinate entries
 * not listed are zero; a repeated coordinate entry is an error (no silent overwrite).
 *
 * <p>Errors are {@link UserInputException}s naming the file, the line and the problem; a matrix
 * of more than {@link #MAX_ENTRIES} entries is refused from its size line.
 */
public final class MatrixMarketReader {

  /**
   * The most entries ({@code rows x cols}) read: the matrix is stored densely as exact rationals
   * (tens of bytes per entry), so a size line beyond this is refused before anything is allocated.
   */
  public static final long MAX_ENTRIES = 10_000_000L;

  private MatrixMarketReader() {}

  /** Reads the matrix at {@code path}. */
  public static BigRational[][] read(Path path) {
    String file = path.toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file");
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot read: " + e.getMessage());
    }
    return parse(lines, file);
  }

  /** Parses the lines of a MatrixMarket file; {@code file} is used in messages. */
  public static BigRational[][] parse(List<String> lines, String file) {
    if (lines.isEmpty()) {
      throw new UserInputException(file + ": empty file");
    }
    String[] header = lines.get(0).trim().toLowerCase(Locale.ROOT).split("\\s+");
    if (header.length != 5 || !header[0].equals("%%matrixmarket") || !header[1].equals("matrix")) {
      throw at(file, 1, "expected header '%%MatrixMarket matrix coordinate|array real|integer general|symmetric'");
    }
    boolean coordinate = switch (header[2]) {
      case "coordinate" -> true;
      case "array" -> false;
      default -> throw at(file, 1, "format '" + header[2] + "' not supported (coordinate or array)");
    };
    if (!header[3].equals("real") && !header[3].equals("integer")) {
      throw at(file, 1, "field '" + header[3] + "' not supported (real or integer)");
    }
    boolean symmetric = switch (header[4]) {
      case "general" -> false;
      case "symmetric" -> true;
      default -> throw at(file, 1, "symmetry '" + header[4] + "' not supported (general or symmetric)");
    };
    int index = 1;
    while (index < lines.size() && (lines.get(index).startsWith("%") || lines.get(index).isBlank())) {
      index++;
    }
    if (index == lines.size()) {
      throw at(file, index, "missing size line");
    }
    String[] size = lines.get(index).trim().split("\\s+");
    int sizeLine = index + 1;
    if (size.length != (coordinate ? 3 : 2)) {
      throw at(file, sizeLine, coordinate ? "expected size line 'rows cols entries'" : "expected size line 'rows cols'");
    }
    int rows = positive(size[0], file, sizeLine, "rows");
    int cols = positive(size[1], file, sizeLine, "cols");
    if (symmetric && rows != cols) {
      throw at(file, sizeLine, "a symmetric matrix must be square");
    }
    if ((long) rows * cols > MAX_ENTRIES) {
      throw at(file, sizeLine, rows + " x " + cols + " exceeds the " + MAX_ENTRIES
          + " entries Tacit reads into a dense exact matrix");
    }
    BigRational[][] matrix = new BigRational[rows][cols];
    boolean[][] seen = new boolean[rows][cols];
    for (BigRational[] row : matrix) {
      java.util.Arrays.fill(row, BigRational.ZERO);
    }
    long expected = coordinate ? nonNegative(size[2], file, sizeLine)
        : symmetric ? (long) rows * (rows + 1) / 2 : (long) rows * cols;
    long count = 0;
    int arrayRow = 0;
    int arrayCol = 0;
    for (index++; index < lines.size(); index++) {
      String line = lines.get(index).trim();
      int lineNumber = index + 1;
      if (line.isEmpty() || line.startsWith("%")) {
        continue;
      }
      if (count == expected) {
        throw at(file, lineNumber, "more entries than the " + expected + " announced");
      }
      String[] parts = line.split("\\s+");
      int i;
      int j;
      String value;
      if (coordinate) {
        if (parts.length != 3) {
          throw at(file, lineNumber, "expected 'row col value'");
        }
        i = positive(parts[0], file, lineNumber, "row") - 1;
        j = positive(parts[1], file, lineNumber, "col") - 1;
        if (i >= rows || j >= cols) {
          throw at(file, lineNumber, "index (" + (i + 1) + ", " + (j + 1) + ") outside " + rows + " x " + cols);
        }
        if (symmetric && j > i) {
          throw at(file, lineNumber, "symmetric files list the lower triangle only");
        }
        value = parts[2];
      } else {
        if (parts.length != 1) {
          throw at(file, lineNumber, "expected one value per line");
        }
        i = arrayRow;
        j = arrayCol;
        value = parts[0];
        arrayRow++;
        if (arrayRow == rows) {
          arrayCol++;
          arrayRow = symmetric ? arrayCol : 0;
        }
      }
      if (seen[i][j]) {
        throw at(file, lineNumber, "entry (" + (i + 1) + ", " + (j + 1) + ") given twice");
      }
      BigRational entry;
      try {
        entry = BigRational.parse(value);
      } catch (NumberFormatException e) {
        throw at(file, lineNumber, String.valueOf(e.getMessage()));
      }
      seen[i][j] = true;
      matrix[i][j] = entry;
      if (symmetric) {
        seen[j][i] = true;
        matrix[j][i] = entry;
      }
      count++;
    }
    if (count != expected) {
      throw at(file, lines.size(), "found " + count + " entries, expected " + expected);
    }
    return matrix;
  }

  private static int positive(String text, String file, int line, String what) {
    try {
      int value = Integer.parseInt(text);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw at(file, line, what + " must be a positive integer, found '" + text + "'");
  }

  private static long nonNegative(String text, String file, int line) {
    try {
      long value = Long.parseLong(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw at(file, line, "entries must be a non-negative integer, found '" + text + "'");
  }

  private static UserInputException at(String file, int line, String problem) {
    return new UserInputException(file + ":" + line + ": " + problem);
  }
}
