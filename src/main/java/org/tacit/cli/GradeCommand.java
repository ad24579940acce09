package org.tacit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tacit.grade.Assignment;
import org.tacit.grade.AssignmentLoader;
import org.tacit.grade.Gradebook;
import org.tacit.grade.HtmlReport;
import org.tacit.grade.QuestionScore;
import org.tacit.grade.Reference;
import org.tacit.grade.ReferenceSolver;
import org.tacit.grade.Scorer;
import org.tacit.grade.SolutionSheet;
import org.tacit.grade.StudentGrade;
import org.tacit.grade.Submission;
import org.tacit.grade.SubmissionDirectory;
import org.tacit.io.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacit grade}: grades submissions against an assignment (format and policies in
 * {@code docs/grading.md}). Three modes:
 * <ul>
 *   <li>{@code --assignment A.yaml --submission S.json [--report out.html]}: one submission; prints
 *       {@code {"assignment", "student", "file", "total", "points", "problem", "questions": [...]}}
 *       with, per question, the points, the outcome, expected, got, error, tolerance and why;</li>
 *   <li>{@code --assignment A.yaml --submissions DIR --gradebook grades.csv}: every {@code *.json}
 *       in DIR in sorted order, the references computed once, the gradebook written atomically;
 *       prints the rows;</li>
 *   <li>{@code --solution A.yaml [--out DIR]}: writes {@code reference-submission.json} (a
 *       full-marks submission) and {@code solutions.md} (the worked sheet) to DIR (default the
 *       current directory).</li>
 * </ul>
 * A bad submission is graded zero with the reason (exit 0); a bad assignment is the instructor's
 * error (one line, exit 2). Progress goes to stderr when a batch runs longer than 2 s.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = "Grade submissions against an assignment; write gradebooks and solutions.")
final class GradeCommand implements Callable<Integer> {

  private static final long PROGRESS_AFTER_NANOS = 2_000_000_000L;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--assignment", paramLabel = "A.yaml", description = "the assignment file")
  private Optional<Path> assignment = Optional.empty();

  @Option(names = "--submission", paramLabel = "S.json", description = "one submission")
  private Optional<Path> submission = Optional.empty();

  @Option(names = "--report", paramLabel = "FILE", description = "HTML report of --submission")
  private Optional<Path> report = Optional.empty();

  @Option(names = "--submissions", paramLabel = "DIR", description = "a directory of submissions")
  private Optional<Path> submissions = Optional.empty();

  @Option(names = "--gradebook", paramLabel = "FILE", description = "CSV gradebook (batch)")
  private Optional<Path> gradebook = Optional.empty();

  @Option(names = "--solution", paramLabel = "A.yaml",
      description = "write the reference answers and a worked solution sheet")
  private Optional<Path> solution = Optional.empty();

  @Option(names = "--out", paramLabel = "DIR", description = "directory for --solution outputs")
  private Optional<Path> out = Optional.empty();

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    if (solution.isPresent()) {
      requireAbsent(assignment.isPresent() || submission.isPresent() || submissions.isPresent()
          || gradebook.isPresent() || report.isPresent(), "--solution takes only --out");
      return solution(solution.get(), start);
    }
    Path assignmentFile = assignment.orElseThrow(() -> parameterError(
        "need --assignment (with --submission or --submissions) or --solution"));
    requireAbsent(out.isPresent(), "--out goes with --solution");
    if (submission.isPresent() == submissions.isPresent()) {
      throw parameterError("need exactly one of --submission and --submissions");
    }
    if (submissions.isPresent() != gradebook.isPresent()) {
      throw parameterError("--submissions and --gradebook go together");
    }
    requireAbsent(report.isPresent() && submissions.isPresent(), "--report goes with --submission");
    Assignment loaded = AssignmentLoader.load(assignmentFile);
    Map<String, Reference> references = ReferenceSolver.solve(loaded);
    return submission.isPresent() ? single(loaded, references, submission.get(), start)
        : batch(loaded, references, submissions.get(), gradebook.get(), start);
  }

  private Integer single(Assignment loaded, Map<String, Reference> references, Path file,
      long start) {
    StudentGrade grade = Scorer.grade(loaded, references, Submission.read(file));
    report.ifPresent(path -> write(path, HtmlReport.render(loaded, grade)));
    ObjectNode result = JsonOutput.object();
    result.put("assignment", loaded.title());
    result.put("student", grade.student());
    result.put("file", grade.file());
    result.put("total", grade.total());
    result.put("points", loaded.totalPoints());
    result.put("problem", grade.problem());
    ArrayNode questions = result.putArray("questions");
    for (QuestionScore s : grade.scores()) {
      questions.add(JSON.valueToTree(s));
    }
    report.ifPresent(path -> result.put("report", path.toString()));
    JsonOutput.print(command.commandLine().getOut(), result, start);
    return ExitCodes.OK;
  }

  private Integer batch(Assignment loaded, Map<String, Reference> references, Path directory,
      Path book, long start) {
    List<Path> files = SubmissionDirectory.list(directory);
    ObjectNode result = JsonOutput.object();
    result.put("assignment", loaded.title());
    result.put("points", loaded.totalPoints());
    ArrayNode rows = result.putArray("students");
    PrintWriter err = command.commandLine().getErr();
    Iterator<Path> remaining = files.iterator();
    Iterator<List<String>> graded = new Iterator<>() {
      private int done;

      @Override
      public boolean hasNext() {
        return remaining.hasNext();
      }

      @Override
      public List<String> next() {
        StudentGrade grade = Scorer.grade(loaded, references, Submission.read(remaining.next()));
        ObjectNode row = rows.addObject();
        row.put("student", grade.student());
        row.put("file", grade.file());
        row.put("total", grade.total());
        row.put("problem", grade.problem());
        done++;
        if (System.nanoTime() - start > PROGRESS_AFTER_NANOS) {
          err.println("tacit grade: " + done + "/" + files.size() + " submissions graded");
          err.flush();
        }
        return Gradebook.row(grade);
      }
    };
    try {
      Gradebook.write(book, Gradebook.header(loaded), graded);
    } catch (UncheckedIOException e) {
      throw new UserInputException("--gradebook " + book + ": " + e.getMessage());
    }
    result.put("gradebook", book.toString());
    JsonOutput.print(command.commandLine().getOut(), result, start);
    return ExitCodes.OK;
  }

  private Integer solution(Path assignmentFile, long start) {
    Assignment loaded = AssignmentLoader.load(assignmentFile);
    Map<String, Reference> references = ReferenceSolver.solve(loaded);
    Path directory = OutputDirectory.prepare(out.orElse(Path.of(".")), "--out");
    Path answers = directory.resolve("reference-submission.json");
    Path sheet = directory.resolve("solutions.md");
    try {
      write(answers, JSON.writeValueAsString(SolutionSheet.submission(loaded, references)) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(sheet, SolutionSheet.markdown(loaded, references));
    ObjectNode result = JsonOutput.object();
    result.put("assignment", loaded.title());
    result.put("questions", loaded.questions().size());
    result.put("submission", answers.toString());
    result.put("sheet", sheet.toString());
    JsonOutput.print(command.commandLine().getOut(), result, start);
    return ExitCodes.OK;
  }

  private static void write(Path path, String text) {
    try {
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserInputException(path + ": cannot write: " + e.getMessage());
    }
  }

  private void requireAbsent(boolean present, String message) {
    if (present) {
      throw parameterError(message);
    }
  }

  private CommandLine.ParameterException parameterError(String message) {
    return new CommandLine.ParameterException(command.commandLine(), message);
  }
}
