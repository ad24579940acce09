package org.tacit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tacit.experiment.Experiment;
import org.tacit.report.Reproduction;

/**
 * The reproductions for the report: every registered experiment, with the SVG figures and CSV
 * tables of its last run found in an output directory ({@code tacit reproduce}'s default
 * {@code tacit-out}, the parent of {@code tacit check --all}'s report). A file belongs to the
 * experiment whose name is the longest prefix of its stem followed by nothing, {@code -} or
 * {@code .} ({@code zg-fig1-medium.svg} is {@code zg-fig1-medium}'s, not {@code zg-fig1}'s).
 * Paths are relative to the report directory; order: experiments as listed, files by name.
 */
final class ReproductionIndex {

  private ReproductionIndex() {}

  /** The reproductions of {@code experiments} with their files in {@code outputs}. */
  static List<Reproduction> scan(List<Experiment> experiments, Path outputs, Path reportDir) {
    Map<String, List<Path>> files = new LinkedHashMap<>();
    experiments.forEach(e -> files.put(e.name(), new ArrayList<>()));
    if (Files.isDirectory(outputs)) {
      try (Stream<Path> listing = Files.list(outputs)) {
        listing.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
            .forEach(file -> owner(experiments, String.valueOf(file.getFileName()))
                .ifPresent(name -> files.getOrDefault(name, new ArrayList<>()).add(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path from = reportDir.toAbsolutePath().normalize();
    List<Reproduction> result = new ArrayList<>();
    for (Experiment experiment : experiments) {
      List<String> figures = new ArrayList<>();
      List<String> tables = new ArrayList<>();
      for (Path file : files.getOrDefault(experiment.name(), List.of())) {
        String relative = from.relativize(file.toAbsolutePath().normalize()).toString()
            .replace('\\', '/');
        if (relative.endsWith(".svg")) {
          figures.add(relative);
        } else if (relative.endsWith(".csv")) {
          tables.add(relative);
        }
      }
      result.add(new Reproduction(experiment.name(), experiment.description(), figures, tables));
    }
    return result;
  }

  private static Optional<String> owner(List<Experiment> experiments, String fileName) {
    String best = "";
    for (Experiment experiment : experiments) {
      String name = experiment.name();
      boolean matches = fileName.startsWith(name) && (fileName.length() == name.length()
          || fileName.charAt(name.length()) == '-' || fileName.charAt(name.length()) == '.');
      if (matches && name.length() > best.length()) {
        best = name;
      }
    }
    return best.isEmpty() ? Optional.empty() : Optional.of(best);
  }
}
