package org.tacit.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole spec: every item of the five papers, read from {@code spec/KEY.yaml}.
 *
 * <p>Contract: {@link #load} reads one file per key of {@link SpecId#PAPER_KEYS} (a missing file
 * is a {@link SpecFormatException}) and keeps the items in file order.
 */
public final class Spec {

  private final Map<String, SpecItem> items;
  private final Map<String, Citation> citations;

  private Spec(Map<String, SpecItem> items, Map<String, Citation> citations) {
    this.items = items;
    this.citations = citations;
  }

  /** Loads {@code specDir/KEY.yaml} for every paper key. */
  public static Spec load(Path specDir) {
    Map<String, SpecItem> items = new LinkedHashMap<>();
    Map<String, Citation> citations = new LinkedHashMap<>();
    for (String paper : SpecId.PAPER_KEYS) {
      Path file = specDir.resolve(paper + ".yaml");
      String display = "spec/" + paper + ".yaml";
      if (!Files.isRegularFile(file)) {
        throw new SpecFormatException(display, 1, "spec file is missing");
      }
      SpecLoader.SpecFile loaded = SpecLoader.loadFile(file, display);
      for (SpecItem item : loaded.items()) {
        items.put(item.id().toString(), item);
      }
      loaded.citation().ifPresent(citation -> citations.put(paper, citation));
    }
    return new Spec(items, citations);
  }

  /** Builds a spec from already loaded items (tests, tools). */
  public static Spec of(List<SpecItem> list) {
    Map<String, SpecItem> items = new LinkedHashMap<>();
    list.forEach(item -> items.put(item.id().toString(), item));
    return new Spec(items, Map.of());
  }

  /** The reference of a paper, if its spec file gives one. */
  public Optional<Citation> citation(String key) {
    return Optional.ofNullable(citations.get(key));
  }

  /** All items, in file order. */
  public List<SpecItem> items() {
    return Collections.unmodifiableList(new ArrayList<>(items.values()));
  }

  /** The item with this ID, if any. */
  public Optional<SpecItem> item(String id) {
    return Optional.ofNullable(items.get(id));
  }

  /** Whether an item has this ID. */
  public boolean contains(String id) {
    return items.containsKey(id);
  }

  /** The items of one paper, in file order. */
  public List<SpecItem> paper(String key) {
    List<SpecItem> result = new ArrayList<>();
    for (SpecItem item : items.values()) {
      if (item.id().paper().equals(key)) {
        result.add(item);
      }
    }
    return result;
  }

  /** Counts of items by status for one paper (every status present, possibly 0). */
  public Map<SpecStatus, Integer> countsByStatus(String key) {
    Map<SpecStatus, Integer> counts = new EnumMap<>(SpecStatus.class);
    for (SpecStatus status : SpecStatus.values()) {
      counts.put(status, 0);
    }
    for (SpecItem item : paper(key)) {
      counts.merge(item.status(), 1, Integer::sum);
    }
    return counts;
  }
}
