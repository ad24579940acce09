package org.tacit.spec;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one {@code spec/KEY.yaml} file (format: {@code spec/SCHEMA.md}) and validates every
 * rule that needs only the file itself: well-formed YAML, known fields, ID form and uniqueness,
 * kind matching the ID, paper key matching the file, status spelling, required statement, and
 * {@code why} unless verified.
 *
 * <p>Every problem is a {@link SpecFormatException} whose message starts with {@code file:line:}.
 * Cost: linear in the file size.
 */
public final class SpecLoader {

  private static final Set<String> ITEM_FIELDS = Set.of("id", "kind", "title", "source",
      "statement", "hypotheses", "status", "why", "notes", "erratum");
  private static final Set<String> TOP_FIELDS = Set.of("paper", "title", "seed", "citation",
      "items");
  private static final Set<String> CITATION_FIELDS = Set.of("authors", "venue", "year", "arxiv",
      "url");

  /**
   * A parsed spec file: its citation (absent when the file has no {@code citation} block) and its
   * items in file order.
   *
   * @param citation the paper's reference, if given
   * @param items the items
   */
  public record SpecFile(Optional<Citation> citation, List<SpecItem> items) {

    /** Copies the list. */
    public SpecFile {
      items = List.copyOf(items);
    }
  }

  private SpecLoader() {}

  /** Loads the items of the spec file at {@code path}; {@code displayName} is used in messages. */
  public static List<SpecItem> load(Path path, String displayName) {
    return loadFile(path, displayName).items();
  }

  /** Loads the spec file at {@code path} with its citation. */
  public static SpecFile loadFile(Path path, String displayName) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return loadFile(reader, displayName, expectedPaper(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + displayName, e);
    }
  }

  private static String expectedPaper(Path path) {
    Path fileName = path.getFileName();
    String name = fileName == null ? "" : fileName.toString();
    return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
  }

  /** Loads a spec document from {@code reader}; {@code paper} is the key the file must declare. */
  public static List<SpecItem> load(Reader reader, String file, String paper) {
    return loadFile(reader, file, paper).items();
  }

  /** Loads a spec document with its citation from {@code reader}. */
  public static SpecFile loadFile(Reader reader, String file, String paper) {
    Node root;
    try {
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      root = yaml.compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new SpecFormatException(file, line, "malformed YAML: " + e.getProblem());
    } catch (RuntimeException e) {
      throw new SpecFormatException(file, 1, "malformed YAML: " + e.getMessage());
    }
    if (root == null) {
      throw new SpecFormatException(file, 1, "empty spec file");
    }
    Map<String, Node> top = mapping(root, file, "the document");
    checkFields(top, TOP_FIELDS, file, root);
    String declared = scalar(required(top, "paper", file, root), file, "paper");
    if (!declared.equals(paper)) {
      throw new SpecFormatException(file, line(root),
          "paper '" + declared + "' does not match the file name (expected '" + paper + "')");
    }
    Node itemsNode = required(top, "items", file, root);
    if (!(itemsNode instanceof SequenceNode)) {
      throw new SpecFormatException(file, line(itemsNode), "'items' must be a list");
    }
    List<SpecItem> items = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Node itemNode : ((SequenceNode) itemsNode).getValue()) {
      SpecItem item = item(itemNode, file, paper);
      Integer previous = seen.put(item.id().toString(), item.line());
      if (previous != null) {
        throw new SpecFormatException(file, item.line(),
            "duplicate id " + item.id() + " (first at line " + previous + ")");
      }
      items.add(item);
    }
    @Nullable Node citationNode = top.get("citation");
    Optional<Citation> citation = citationNode == null ? Optional.empty()
        : Optional.of(citation(citationNode, file, scalar(required(top, "title", file, root), file,
            "title")));
    return new SpecFile(citation, items);
  }

  private static Citation citation(Node node, String file, String title) {
    Map<String, Node> fields = mapping(node, file, "'citation'");
    checkFields(fields, CITATION_FIELDS, file, node);
    String year = optional(fields, "year", file);
    try {
      return new Citation(title, scalar(required(fields, "authors", file, node), file, "authors"),
          scalar(required(fields, "venue", file, node), file, "venue"),
          year.isBlank() ? 0 : Integer.parseInt(year.strip()),
          optional(fields, "arxiv", file), optional(fields, "url", file));
    } catch (IllegalArgumentException e) {
      throw new SpecFormatException(file, line(node), "citation: " + e.getMessage());
    }
  }

  private static SpecItem item(Node node, String file, String paper) {
    Map<String, Node> fields = mapping(node, file, "an item");
    checkFields(fields, ITEM_FIELDS, file, node);
    int line = line(node);
    String idText = scalar(required(fields, "id", file, node), file, "id");
    SpecId id;
    try {
      id = SpecId.parse(idText);
    } catch (IllegalArgumentException e) {
      throw new SpecFormatException(file, line, String.valueOf(e.getMessage()));
    }
    if (!id.paper().equals(paper)) {
      throw new SpecFormatException(file, line, "id " + id + " is not of paper " + paper);
    }
    String kind = scalar(required(fields, "kind", file, node), file, "kind");
    if (!kind.equals(id.kind())) {
      throw new SpecFormatException(file, line,
          "kind '" + kind + "' does not match the kind in id " + id);
    }
    String statement = scalar(required(fields, "statement", file, node), file, "statement");
    if (statement.isBlank()) {
      throw new SpecFormatException(file, line, id + ": empty statement");
    }
    SpecStatus status;
    try {
      status = SpecStatus.parse(scalar(required(fields, "status", file, node), file, "status"));
    } catch (IllegalArgumentException e) {
      throw new SpecFormatException(file, line, id + ": " + e.getMessage());
    }
    String why = optional(fields, "why", file);
    if (status != SpecStatus.VERIFIED && why.isBlank()) {
      throw new SpecFormatException(file, line,
          id + ": status " + status.spelling() + " needs 'why' (what is not checked and why)");
    }
    String notes = optional(fields, "notes", file);
    String counterexample = null;
    String corrected = null;
    Node erratum = fields.get("erratum");
    if (erratum != null) {
      Map<String, Node> e = mapping(erratum, file, "erratum");
      checkFields(e, Set.of("counterexample", "corrected"), file, erratum);
      counterexample = scalar(required(e, "counterexample", file, erratum), file, "counterexample");
      corrected = scalar(required(e, "corrected", file, erratum), file, "corrected");
    }
    return new SpecItem(id, optional(fields, "title", file), optional(fields, "source", file),
        statement.strip(), optional(fields, "hypotheses", file).strip(), status, why.strip(),
        notes.isBlank() ? null : notes.strip(), counterexample, corrected, file, line);
  }

  private static Map<String, Node> mapping(Node node, String file, String what) {
    if (!(node instanceof MappingNode)) {
      throw new SpecFormatException(file, line(node), what + " must be a mapping");
    }
    Map<String, Node> result = new HashMap<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      String key = scalar(tuple.getKeyNode(), file, "a key");
      if (result.put(key, tuple.getValueNode()) != null) {
        throw new SpecFormatException(file, line(tuple.getKeyNode()), "duplicate field '" + key + "'");
      }
    }
    return result;
  }

  private static void checkFields(Map<String, Node> fields, Set<String> allowed, String file,
      Node owner) {
    for (Map.Entry<String, Node> field : fields.entrySet()) {
      if (!allowed.contains(field.getKey())) {
        throw new SpecFormatException(file, line(field.getValue()),
            "unknown field '" + field.getKey() + "' (allowed: " + allowed + ")");
      }
    }
    if (fields.isEmpty()) {
      throw new SpecFormatException(file, line(owner), "empty mapping");
    }
  }

  private static Node required(Map<String, Node> fields, String name, String file, Node owner) {
    Node value = fields.get(name);
    if (value == null) {
      throw new SpecFormatException(file, line(owner), "missing field '" + name + "'");
    }
    return value;
  }

  private static String optional(Map<String, Node> fields, String name, String file) {
    @Nullable Node value = fields.get(name);
    return value == null ? "" : scalar(value, file, name);
  }

  private static String scalar(Node node, String file, String what) {
    if (!(node instanceof ScalarNode)) {
      throw new SpecFormatException(file, line(node), "'" + what + "' must be a single text value");
    }
    return ((ScalarNode) node).getValue();
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }
}
