package org.tacit.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * Reads a record instance from JSON by its components' names: the generic {@code --in} format of
 * a checker whose instance is a public record of numbers, arrays and nested records. Each
 * component {@code c} of type {@code T} is the JSON field {@code "c"}:
 * <ul>
 *   <li>{@code int}, {@code long}: an integer; {@code double}: a number or {@code "p/q"} (rounded);
 *       {@code boolean}: true/false; {@code String}: a string; an enum: the constant's name;</li>
 *   <li>{@code BigRational}: a number or a string {@code "p/q"}, exactly (the decimal written);</li>
 *   <li>arrays of these (any depth, e.g. {@code double[]}, {@code BigRational[][]}) and
 *       {@code List<T>}: JSON arrays; {@code RationalMatrix}: an array of rows; a matrix
 *       ({@code RationalMatrix}, a two-dimensional array of numbers) or a vector (an array of
 *       numbers) may also be a string naming a MatrixMarket {@code .mtx} file, relative to the
 *       JSON file ({@link MatrixReferences});</li>
 *   <li>a public record: a JSON object read the same way.</li>
 * </ul>
 * Other component types make the record unreadable ({@link #unsupported} says which).
 *
 * <p>Contract: shape errors (missing field, wrong type, not a number, a value beyond the double
 * range) and exceptions of the record's constructor (its own validation) are
 * {@link UserInputException}s naming the file and the field path (exit code 2). Whether the
 * instance meets the theorem's hypotheses is not decided here but by the checker. Fields not
 * named by a component are ignored. O(size of the JSON).
 *
 * <p>Spec: no paper item (Tacit issue #13 point 2: every checker takes {@code --in}).
 */
public final class RecordJsonReader {

  private RecordJsonReader() {}

  /**
   * Why {@code type} cannot be read (the first component path with an unsupported type), or empty
   * when it can.
   */
  public static Optional<String> unsupported(Class<?> type) {
    return unsupported(type, type.getSimpleName(), 0);
  }

  private static Optional<String> unsupported(Type type, String path, int depth) {
    if (depth > 8) {
      return Optional.of(path + ": nested too deeply");
    }
    if (type instanceof ParameterizedType parameterized) {
      if (parameterized.getRawType() == List.class) {
        return unsupported(parameterized.getActualTypeArguments()[0], path + "[]", depth + 1);
      }
      return Optional.of(path + ": " + type.getTypeName());
    }
    if (!(type instanceof Class<?> raw)) {
      return Optional.of(path + ": " + type.getTypeName());
    }
    if (isLeaf(raw)) {
      return Optional.empty();
    }
    Class<?> component = raw.getComponentType();
    if (component != null) {
      return unsupported(component, path + "[]", depth + 1);
    }
    if (raw.isRecord() && Modifier.isPublic(raw.getModifiers())) {
      for (RecordComponent part : recordComponents(raw)) {
        Optional<String> problem = unsupported(part.getGenericType(),
            path + "." + part.getName(), depth + 1);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return canonicalConstructor(raw).isPresent() ? Optional.empty()
          : Optional.of(path + ": no public canonical constructor");
    }
    return Optional.of(path + ": " + raw.getSimpleName());
  }

  private static boolean isLeaf(Class<?> type) {
    return type == int.class || type == long.class || type == double.class
        || type == boolean.class || type == String.class || type == BigRational.class
        || type == RationalMatrix.class || type.isEnum();
  }

  /**
   * The JSON shape {@code type} is read from, e.g.
   * {@code {"a": rational, "b": rational, "p": integer}}, for messages and documentation.
   */
  public static String shape(Class<?> type) {
    return shape(type, 0);
  }

  private static String shape(Type type, int depth) {
    if (type instanceof ParameterizedType parameterized) {
      return "[" + shape(parameterized.getActualTypeArguments()[0], depth + 1) + ", ...]";
    }
    if (!(type instanceof Class<?> raw) || depth > 8) {
      return "?";
    }
    if (raw == int.class || raw == long.class) {
      return "integer";
    }
    if (raw == double.class) {
      return "number";
    }
    if (raw == BigRational.class) {
      return "rational";
    }
    if (raw == boolean.class) {
      return "boolean";
    }
    if (raw == String.class) {
      return "string";
    }
    if (raw == RationalMatrix.class) {
      return "[[rational, ...], ...]";
    }
    if (raw.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : enumConstants(raw)) {
        names.add(((Enum<?>) constant).name());
      }
      return "one of " + names;
    }
    Class<?> component = raw.getComponentType();
    if (component != null) {
      return "[" + shape(component, depth + 1) + ", ...]";
    }
    List<String> fields = new ArrayList<>();
    for (RecordComponent part : recordComponents(raw)) {
      fields.add("\"" + part.getName() + "\": " + shape(part.getGenericType(), depth + 1));
    }
    return "{" + String.join(", ", fields) + "}";
  }

  /**
   * The instance of record {@code type} in {@code json}.
   *
   * @throws UserInputException on a shape error or when the record's constructor refuses the
   *     values (naming file and field)
   * @throws IllegalArgumentException if {@code type} is {@link #unsupported}
   */
  public static Object read(Class<?> type, JsonNode json, String file) {
    Optional<String> problem = unsupported(type);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("cannot read " + type.getName() + " from JSON: "
          + problem.get());
    }
    return value(type, json, file, "");
  }

  private static Object value(Type type, JsonNode node, String file, String path) {
    if (type instanceof ParameterizedType parameterized) {
      List<Object> list = new ArrayList<>();
      JsonNode array = array(node, file, path);
      for (int k = 0; k < array.size(); k++) {
        list.add(value(parameterized.getActualTypeArguments()[0], array.get(k), file,
            path + "[" + k + "]"));
      }
      return List.copyOf(list);
    }
    Class<?> raw = (Class<?>) type;
    String field = path.isEmpty() ? "(top level)" : path;
    if (raw == int.class) {
      return JsonNumbers.integer(node, file, field);
    }
    if (raw == long.class) {
      BigRational value = JsonNumbers.rational(node, file, field);
      if (!value.isInteger() || value.numerator().bitLength() > 63) {
        throw UserInputException.at(file, field, "expected an integer, found " + value);
      }
      return value.numerator().longValueExact();
    }
    if (raw == double.class) {
      return JsonNumbers.rational(node, file, field).doubleValue();
    }
    if (raw == BigRational.class) {
      return JsonNumbers.rational(node, file, field);
    }
    if (raw == boolean.class) {
      if (!node.isBoolean()) {
        throw UserInputException.at(file, field, "expected true or false");
      }
      return node.booleanValue();
    }
    if (raw == String.class) {
      if (!node.isTextual()) {
        throw UserInputException.at(file, field, "expected a string");
      }
      return node.asText();
    }
    if (MatrixReferences.isReference(node) && numericArrayDepth(raw) == 2) {
      return value(type, MatrixReferences.rows(node, file), file, path);
    }
    if (MatrixReferences.isReference(node) && numericArrayDepth(raw) == 1) {
      return value(type, MatrixReferences.vector(node, file, field), file, path);
    }
    if (raw == RationalMatrix.class) {
      BigRational[][] rows = (BigRational[][]) value(BigRational[][].class, node, file, path);
      if (rows.length == 0) {
        throw UserInputException.at(file, field, "expected a non-empty array of rows");
      }
      return construct(() -> RationalMatrix.of(rows), file, field);
    }
    if (raw.isEnum()) {
      for (Object constant : enumConstants(raw)) {
        if (node.isTextual() && ((Enum<?>) constant).name().equals(node.asText())) {
          return constant;
        }
      }
      throw UserInputException.at(file, field, "expected " + shape(raw));
    }
    Class<?> component = raw.getComponentType();
    if (component != null) {
      JsonNode array = array(node, file, path);
      Object result = Array.newInstance(component, array.size());
      for (int k = 0; k < array.size(); k++) {
        Array.set(result, k, value(component, array.get(k), file, path + "[" + k + "]"));
      }
      return result;
    }
    return record(raw, node, file, path);
  }

  /**
   * 2 for {@link RationalMatrix} and two-dimensional arrays of numbers, 1 for arrays of numbers,
   * 0 otherwise (the types a MatrixMarket reference may stand for).
   */
  private static int numericArrayDepth(Class<?> type) {
    if (type == RationalMatrix.class) {
      return 2;
    }
    int depth = 0;
    Class<?> leaf = type;
    while (leaf.getComponentType() != null) {
      leaf = leaf.getComponentType();
      depth++;
    }
    boolean numeric = leaf == double.class || leaf == BigRational.class || leaf == int.class
        || leaf == long.class;
    return numeric && depth <= 2 ? depth : 0;
  }

  private static JsonNode array(JsonNode node, String file, String path) {
    if (!node.isArray()) {
      throw UserInputException.at(file, path.isEmpty() ? "(top level)" : path,
          "expected an array");
    }
    return node;
  }

  private static Object record(Class<?> type, JsonNode node, String file, String path) {
    if (!node.isObject()) {
      throw UserInputException.at(file, path.isEmpty() ? "(top level)" : path,
          "expected an object " + shape(type));
    }
    RecordComponent[] parts = recordComponents(type);
    Object[] arguments = new Object[parts.length];
    for (int k = 0; k < parts.length; k++) {
      String name = parts[k].getName();
      String field = path.isEmpty() ? name : path + "." + name;
      JsonNode child = node.get(name);
      if (child == null) {
        throw UserInputException.at(file, field, "missing (expected "
            + shape(parts[k].getGenericType(), 1) + ")");
      }
      arguments[k] = value(parts[k].getGenericType(), child, file, field);
    }
    Constructor<?> constructor = canonicalConstructor(type).orElseThrow(
        () -> new IllegalArgumentException(type.getName() + " has no public canonical constructor"));
    return construct(() -> constructor.newInstance(arguments), file,
        path.isEmpty() ? "(top level)" : path);
  }

  /** A construction that may throw the record's own validation exceptions. */
  @FunctionalInterface
  private interface Construction {
    Object build() throws ReflectiveOperationException;
  }

  private static Object construct(Construction construction, String file, String field) {
    try {
      return construction.build();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw UserInputException.at(file, field, cause == null ? "refused"
          : String.valueOf(cause.getMessage()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + field + ": " + e, e);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw UserInputException.at(file, field, String.valueOf(e.getMessage()));
    }
  }

  private static Optional<Constructor<?>> canonicalConstructor(Class<?> type) {
    RecordComponent[] parts = recordComponents(type);
    Class<?>[] types = new Class<?>[parts.length];
    for (int k = 0; k < parts.length; k++) {
      types[k] = parts[k].getType();
    }
    try {
      Constructor<?> constructor = type.getConstructor(types);
      return Optional.of(constructor);
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static RecordComponent[] recordComponents(Class<?> type) {
    RecordComponent[] parts = type.getRecordComponents();
    return parts == null ? new RecordComponent[0] : parts;
  }

  private static Object[] enumConstants(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    return constants == null ? new Object[0] : constants;
  }
}
