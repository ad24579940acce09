package org.tacit.cli;

import java.nio.file.Path;
import org.tacit.exact.RationalMatrix;
import org.tacit.io.InstanceReader;
import org.tacit.io.LinearSystemInput;
import org.tacit.lp.LinearSystem;

/**
 * Turns the {@code --in} instance files of the commands into solver inputs. Malformed files raise
 * {@link org.tacit.io.UserInputException} (exit 2) from {@link InstanceReader}; the values are kept
 * exact.
 */
final class Inputs {

  private Inputs() {}

  /** The exact linear system {@code A x = y} of a JSON instance {@code {"A": ..., "y": ...}}. */
  static LinearSystem linearSystem(Path file) {
    return exact(InstanceReader.readLinearSystem(file));
  }

  /** The exact linear system of an already read instance. */
  static LinearSystem exact(LinearSystemInput input) {
    return new LinearSystem(RationalMatrix.of(input.a()), input.y());
  }
}
