package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tacit.experiment.Experiment;
import org.tacit.experiment.Experiments;
import org.tacit.experiment.ResultTable;
import org.tacit.io.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacit merge SHARD.csv... [--out DIR]}: merges the shards of one reproduction (refusing
 * incomplete or inconsistent sets), writes the complete CSV and the plots.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Merge the shard CSVs of one reproduction, then plot.")
final class MergeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SHARD", description = "shard CSV files")
  private List<Path> shards = new ArrayList<>();

  @Option(names = "--out", defaultValue = "tacit-out", paramLabel = "DIR",
      description = "output directory (default: ${DEFAULT-VALUE})")
  private Path out = Path.of("tacit-out");

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Path directory = OutputDirectory.prepare(out, "--out");
    List<ResultTable> tables = new ArrayList<>();
    shards.forEach(file -> tables.add(ResultTable.read(file)));
    ResultTable merged = ResultTable.merge(tables);
    Experiment experiment = Experiments.named(merged.experiment()).orElseThrow(
        () -> new UserInputException("unknown reproduction " + merged.experiment()));
    Path csv = directory.resolve(experiment.name() + ".csv");
    merged.write(csv);
    ObjectNode result = JsonOutput.object();
    result.put("reproduction", experiment.name());
    result.put("points", merged.rows().size());
    result.put("csv", csv.toString());
    ArrayNode plots = result.putArray("plots");
    experiment.plot(merged, directory).forEach(p -> plots.add(p.toString()));
    JsonOutput.print(command.commandLine().getOut(), result, start);
    return ExitCodes.OK;
  }
}
