package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.experiment.Experiment;
import org.tacit.experiment.ExperimentScale;
import org.tacit.experiment.Experiments;
import org.tacit.experiment.ResultTable;
import org.tacit.experiment.SweepRunner;
import org.tacit.io.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacit reproduce NAME [--scale tiny|full] [--out DIR] [--shard i/n] [--threads T]}: runs a
 * reproduction's sweep (or one shard of it) with progress on stderr, writes the CSV, and, when the
 * sweep is complete, the plots (PNG and SVG). {@code tacit reproduce --list} lists them.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
    description = "Reproduce a figure: CSV and plots (PNG, SVG). --list shows the names.")
final class ReproduceCommand implements Callable<Integer> {

  /**
   * Shard {@code index} of {@code count}: the sweep points whose index is {@code index} mod
   * {@code count}.
   */
  record Shard(int index, int count) {}

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "the reproduction, e.g. ms-gd-step")
  private @Nullable String name;

  @Option(names = "--list", description = "list the reproductions")
  private boolean list;

  @Option(names = "--scale", defaultValue = "full", paramLabel = "tiny|full",
      description = "sweep size (default: ${DEFAULT-VALUE})")
  private String scale = "full";

  @Option(names = "--out", defaultValue = "tacit-out", paramLabel = "DIR",
      description = "output directory (default: ${DEFAULT-VALUE})")
  private Path out = Path.of("tacit-out");

  @Option(names = "--shard", defaultValue = "0/1", paramLabel = "i/n",
      description = "run only points with index = i mod n (default: ${DEFAULT-VALUE})")
  private String shard = "0/1";

  @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: cores)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    ObjectNode result = JsonOutput.object();
    String wanted = name;
    if (list || wanted == null) {
      if (!list) {
        throw new UserInputException("missing reproduction NAME (see 'tacit reproduce --list')");
      }
      ArrayNode names = result.putArray("reproductions");
      for (Experiment experiment : Experiments.all()) {
        names.addObject().put("name", experiment.name()).put("description",
            experiment.description());
      }
      JsonOutput.print(command.commandLine().getOut(), result, start);
      return ExitCodes.OK;
    }
    Experiment experiment = Experiments.named(wanted).orElseThrow(() -> new UserInputException(
        "unknown reproduction " + wanted + " (see 'tacit reproduce --list')"));
    ExperimentScale parsedScale;
    try {
      parsedScale = ExperimentScale.parse(scale);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--scale: " + e.getMessage());
    }
    Shard part = shard(shard);
    if (threads < 1) {
      throw new UserInputException("--threads must be at least 1, found " + threads);
    }
    Path directory = OutputDirectory.prepare(out, "--out");
    ResultTable table = SweepRunner.run(experiment, parsedScale, part.index(), part.count(),
        threads, command.commandLine().getErr());
    Path csv = directory.resolve(part.count() == 1 ? experiment.name() + ".csv"
        : experiment.name() + ".shard-" + part.index() + "-of-" + part.count() + ".csv");
    table.write(csv);
    result.put("reproduction", experiment.name());
    result.put("points", table.rows().size());
    result.put("csv", csv.toString());
    ArrayNode plots = result.putArray("plots");
    if (table.complete()) {
      experiment.plot(table, directory).forEach(p -> plots.add(p.toString()));
    } else {
      result.put("note", "a shard: merge all shards with 'tacit merge' to plot");
    }
    JsonOutput.print(command.commandLine().getOut(), result, start);
    return ExitCodes.OK;
  }

  /** Parses {@code --shard i/n}; anything but {@code 0 <= i < n} is a user error (exit 2). */
  static Shard shard(String text) {
    String[] parts = text.split("/");
    try {
      if (parts.length == 2) {
        int i = Integer.parseInt(parts[0].trim());
        int n = Integer.parseInt(parts[1].trim());
        if (n >= 1 && i >= 0 && i < n) {
          return new Shard(i, n);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UserInputException("--shard must be i/n with 0 <= i < n, found '" + text + "'");
  }
}
