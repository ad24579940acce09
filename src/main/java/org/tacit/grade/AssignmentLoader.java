package org.tacit.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tacit.bregman.BregmanTolerances;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.io.InstanceReader;
import org.tacit.io.JsonNumbers;
import org.tacit.io.LinearSystemInput;
import org.tacit.io.UserInputException;
import org.tacit.lp.LinearSystem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads an assignment file (YAML, format in {@code docs/grading.md}) safely: SnakeYAML's
 * {@link SafeConstructor} (plain maps, lists and scalars only, no object construction), at most
 * {@link GradeTolerances#MAX_ASSIGNMENT_CODE_POINTS} code points, no alias expansion, no
 * duplicate keys. Every problem is the instructor's error: a {@link UserInputException} naming
 * the file, the question and the field (the command line prints one line, exit 2).
 */
public final class AssignmentLoader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Set<String> TOP_FIELDS = Set.of("title", "questions");
  private static final Set<String> QUESTION_FIELDS = Set.of("id", "text", "quantity", "instance",
      "nonnegative", "policy", "tolerance", "points", "partial", "alpha");
  private static final Set<String> PARTIAL_FIELDS = Set.of("sign-pattern", "support");

  private AssignmentLoader() {}

  /** Loads the assignment in {@code file}; instance files are resolved against its directory. */
  public static Assignment load(Path file) {
    String name = file.toString();
    JsonNode root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(GradeTolerances.MAX_ASSIGNMENT_CODE_POINTS);
      options.setMaxAliasesForCollections(0);
      options.setAllowDuplicateKeys(false);
      Object tree = new Yaml(new SafeConstructor(options)).load(reader);
      root = tree == null ? NullNode.getInstance() : JSON.valueToTree(tree);
    } catch (IOException e) {
      throw new UserInputException(name + ": cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new UserInputException(name + ": malformed YAML: "
          + String.valueOf(e.getMessage()).replace('\n', ' '));
    }
    if (root == null || !root.isObject()) {
      throw new UserInputException(name + ": expected a YAML mapping with 'title' and 'questions'");
    }
    checkFields(root, TOP_FIELDS, name, "the document");
    String title = text(root, "title", name, "title");
    JsonNode list = root.path("questions");
    if (!list.isArray() || list.isEmpty()) {
      throw UserInputException.at(name, "questions", "expected a non-empty list");
    }
    Path parent = file.toAbsolutePath().getParent();
    Path base = parent == null ? Path.of("").toAbsolutePath() : parent;
    List<Question> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int k = 0; k < list.size(); k++) {
      Question question = question(list.get(k), name, "questions[" + k + "]", base);
      if (!ids.add(question.id())) {
        throw UserInputException.at(name, "questions[" + k + "].id",
            "duplicate id '" + question.id() + "'");
      }
      questions.add(question);
    }
    return new Assignment(title, questions);
  }

  private static Question question(JsonNode node, String file, String where, Path base) {
    if (!node.isObject()) {
      throw UserInputException.at(file, where, "expected a mapping");
    }
    checkFields(node, QUESTION_FIELDS, file, where);
    String id = text(node, "id", file, where + ".id");
    if (!ID.matcher(id).matches()) {
      throw UserInputException.at(file, where + ".id", "expected 1-64 of [A-Za-z0-9._-]");
    }
    String at = "question " + id;
    String text = text(node, "text", file, at + ".text");
    String quantityKey = text(node, "quantity", file, at + ".quantity");
    Quantity quantity = Quantity.byKey(quantityKey).orElseThrow(() -> UserInputException.at(file,
        at + ".quantity", "unknown '" + quantityKey + "'; one of " + Quantity.keys()));
    boolean nonnegative = node.path("nonnegative").asBoolean(false);
    if (node.has("nonnegative") && !node.get("nonnegative").isBoolean()) {
      throw UserInputException.at(file, at + ".nonnegative", "expected true or false");
    }
    Optional<BigRational> alpha = alpha(node, quantity, file, at);
    Instance instance = instance(node.path("instance"), quantity, nonnegative, alpha, file,
        at + ".instance", base);
    Policy policy = policy(node, quantity, file, at);
    double points = points(node.path("points"), file, at + ".points");
    Optional<Double> sign = Optional.empty();
    Optional<Double> support = Optional.empty();
    if (node.has("partial")) {
      JsonNode partial = node.get("partial");
      if (!partial.isObject() || quantity.shape() != Quantity.Shape.VECTOR) {
        throw UserInputException.at(file, at + ".partial",
            "partial credit is a mapping {sign-pattern: p, support: p}, for vector answers only");
      }
      checkFields(partial, PARTIAL_FIELDS, file, at + ".partial");
      if (partial.has("sign-pattern")) {
        sign = Optional.of(partialPoints(partial.get("sign-pattern"), points, file, at));
      }
      if (partial.has("support")) {
        support = Optional.of(partialPoints(partial.get("support"), points, file, at));
      }
    }
    return new Question(id, text, quantity, instance, policy, points, sign, support);
  }

  /**
   * The {@code alpha} of an entropy-projection question: required there (a number in
   * {@code [BregmanTolerances.MIN_ALPHA, 1e300]}), refused elsewhere.
   */
  private static Optional<BigRational> alpha(JsonNode node, Quantity quantity, String file,
      String at) {
    boolean wanted = quantity == Quantity.ENTROPY_PROJECTION;
    if (!node.has("alpha")) {
      if (wanted) {
        throw UserInputException.at(file, at + ".alpha", "missing (the projection of alpha 1)");
      }
      return Optional.empty();
    }
    if (!wanted) {
      throw UserInputException.at(file, at + ".alpha", "only entropy-projection questions take"
          + " alpha");
    }
    BigRational alpha = JsonNumbers.rational(node.get("alpha"), file, at + ".alpha");
    double value = alpha.doubleValue();
    if (!(value >= BregmanTolerances.MIN_ALPHA) || value > GradeTolerances.MAX_ALPHA) {
      throw UserInputException.at(file, at + ".alpha", "expected a number in ["
          + BregmanTolerances.MIN_ALPHA + ", " + GradeTolerances.MAX_ALPHA + "], found "
          + alpha);
    }
    return Optional.of(alpha);
  }

  private static Instance instance(JsonNode node, Quantity quantity, boolean nonnegative,
      Optional<BigRational> alpha, String file, String where, Path base) {
    JsonNode object = node;
    String source = "inline";
    String origin = file + " " + where;
    if (node.isTextual()) {
      Path path = base.resolve(node.asText()).normalize();
      object = InstanceReader.readObject(path);
      source = node.asText();
      origin = path.toString();
    } else if (!node.isObject()) {
      throw UserInputException.at(file, where, "expected a mapping or a path to a JSON instance");
    }
    if (quantity.hessian()) {
      return new Instance(LinearSystem.of(new long[][] {{0}}, new long[] {0}), false,
          hessian(object, origin), source, alpha);
    }
    LinearSystemInput input = InstanceReader.linearSystem(object, origin);
    boolean msProblem = quantity == Quantity.ASSUMPTION_II1 || quantity.name().startsWith("MS_");
    return new Instance(new LinearSystem(RationalMatrix.of(input.a()), input.y()),
        nonnegative || msProblem, new BigRational[0][], source, alpha);
  }

  private static BigRational[][] hessian(JsonNode object, String origin) {
    JsonNode h = object.path("H");
    if (!h.isArray() || h.isEmpty() || h.size() > GradeTolerances.MAX_HESSIAN_DIMENSION) {
      throw UserInputException.at(origin, "H", "expected a square array of rows, n <= "
          + GradeTolerances.MAX_HESSIAN_DIMENSION);
    }
    int n = h.size();
    BigRational[][] values = new BigRational[n][n];
    for (int i = 0; i < n; i++) {
      if (!h.get(i).isArray() || h.get(i).size() != n) {
        throw UserInputException.at(origin, "H[" + i + "]", "expected " + n + " entries");
      }
      for (int j = 0; j < n; j++) {
        values[i][j] = JsonNumbers.rational(h.get(i).get(j), origin, "H[" + i + "][" + j + "]");
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        if (!values[i][j].equals(values[j][i])) {
          throw UserInputException.at(origin, "H", "not symmetric at (" + i + ", " + j + ")");
        }
      }
    }
    return values;
  }

  private static Policy policy(JsonNode node, Quantity quantity, String file, String at) {
    Quantity.Shape shape = quantity.shape();
    Policy.Kind fallback = switch (shape) {
      case SET -> Policy.Kind.SET;
      case VERDICT -> Policy.Kind.VERDICT;
      default -> quantity.certified() ? Policy.Kind.CERTIFIED : Policy.Kind.EXACT;
    };
    Policy.Kind kind = fallback;
    if (node.has("policy")) {
      String key = text(node, "policy", file, at + ".policy");
      kind = java.util.Arrays.stream(Policy.Kind.values()).filter(k -> k.key().equals(key))
          .findFirst().orElseThrow(() -> UserInputException.at(file, at + ".policy",
              "unknown '" + key + "'"));
    }
    boolean allowed = switch (kind) {
      case SET -> shape == Quantity.Shape.SET;
      case VERDICT -> shape == Quantity.Shape.VERDICT;
      case SIGN_PATTERN -> shape == Quantity.Shape.VECTOR;
      case CERTIFIED -> quantity.certified();
      case EXACT -> !quantity.certified()
          && (shape == Quantity.Shape.SCALAR || shape == Quantity.Shape.VECTOR);
      case ABSOLUTE, RELATIVE -> shape == Quantity.Shape.SCALAR || shape == Quantity.Shape.VECTOR;
    };
    if (!allowed) {
      throw UserInputException.at(file, at + ".policy", "'" + kind.key() + "' does not apply to "
          + quantity.key() + (quantity.hessian() && kind == Policy.Kind.EXACT
              ? " (its reference is a double with a certified error bound)" : ""));
    }
    boolean needsTolerance = kind == Policy.Kind.ABSOLUTE || kind == Policy.Kind.RELATIVE;
    if (needsTolerance != node.has("tolerance")) {
      throw UserInputException.at(file, at + ".tolerance", needsTolerance
          ? "required by policy " + kind.key() : "only for policies absolute and relative");
    }
    if (!needsTolerance) {
      return Policy.of(kind);
    }
    BigRational tolerance = JsonNumbers.rational(node.get("tolerance"), file, at + ".tolerance");
    if (tolerance.signum() < 0) {
      throw UserInputException.at(file, at + ".tolerance", "must be >= 0");
    }
    return new Policy(kind, tolerance);
  }

  private static double points(JsonNode node, String file, String where) {
    if (!node.isNumber() || !(node.asDouble() > 0) || !Double.isFinite(node.asDouble())) {
      throw UserInputException.at(file, where, "expected a positive number");
    }
    return node.asDouble();
  }

  private static double partialPoints(JsonNode node, double points, String file, String at) {
    double value = points(node, file, at + ".partial");
    if (value > points) {
      throw UserInputException.at(file, at + ".partial", "more than the question's points");
    }
    return value;
  }

  private static String text(JsonNode node, String field, String file, String where) {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw UserInputException.at(file, where, "expected a non-empty string");
    }
    return value.asText();
  }

  private static void checkFields(JsonNode node, Set<String> allowed, String file, String where) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw UserInputException.at(file, where, "unknown field '" + name + "'; allowed: "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }
}
