package org.tacit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Persists {@link MarginStats} as JSON lines, one file per source, so that test JVMs (Surefire,
 * Failsafe) and commands can hand their margins to the report.
 *
 * <p>File format: one JSON object per line with fields {@code specId, instances, failures,
 * worstMargin} (null when NaN), {@code worstLabel, sources}. Reading merges all {@code *.jsonl}
 * files in a directory.
 */
public final class MarginLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MarginLog() {}

  /** Writes {@code stats} to {@code dir/<fileStem>.jsonl}, replacing an older file of that name. */
  public static Path write(Path dir, String fileStem, List<MarginStats> stats) {
    StringBuilder out = new StringBuilder();
    for (MarginStats s : stats) {
      ObjectNode node = JSON.createObjectNode();
      node.put("specId", s.specId());
      node.put("instances", s.instances());
      node.put("failures", s.failures());
      if (Double.isNaN(s.worstMargin())) {
        node.putNull("worstMargin");
      } else {
        node.put("worstMargin", s.worstMargin());
      }
      String label = s.worstLabel();
      if (label == null) {
        node.putNull("worstLabel");
      } else {
        node.put("worstLabel", label);
      }
      node.put("sources", s.sources());
      out.append(node).append('\n');
    }
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(fileStem.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsonl");
      Files.writeString(file, out, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and merges every {@code *.jsonl} file in {@code dir}; an absent dir gives an empty map. */
  public static Map<String, MarginStats> readAll(Path dir) {
    Map<String, MarginStats> merged = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return merged;
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
      for (Path file : files) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          MarginStats s = parse(JSON.readTree(line));
          merged.merge(s.specId(), s, MarginStats::merge);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return merged;
  }

  private static MarginStats parse(JsonNode node) {
    JsonNode margin = node.path("worstMargin");
    JsonNode label = node.path("worstLabel");
    return new MarginStats(node.path("specId").asText(), node.path("instances").asLong(),
        node.path("failures").asLong(), margin.isNumber() ? margin.asDouble() : Double.NaN,
        label.isTextual() ? label.asText() : null, node.path("sources").asText());
  }
}
