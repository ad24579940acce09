package org.tacit.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A student's submission as read from an untrusted file: never executed, only parsed as JSON
 * {@code {"student": "id", "answers": {"q1": ..., ...}}}, at most
 * {@link GradeTolerances#MAX_SUBMISSION_BYTES} bytes read. A file that cannot be used at all
 * (too large, unreadable, malformed JSON, no "answers" object) becomes a submission with no
 * answers and a stated {@code problem}; it is graded zero, never a crash.
 *
 * @param student the student id: the "student" field when it is a plain id (1-64 of
 *     [A-Za-z0-9._@-]), else the file name without its extension
 * @param file the file name
 * @param answers the answers object (empty when unusable)
 * @param problem why the file is unusable (empty when usable)
 */
public record Submission(String student, String file, ObjectNode answers, String problem) {

  private static final Pattern STUDENT = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Reads {@code path}; never throws for a bad file. */
  public static Submission read(Path path) {
    String fileName = String.valueOf(path.getFileName());
    String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.'))
        : fileName;
    String fallbackId = STUDENT.matcher(stem).matches() ? stem : "file-" + Integer.toHexString(
        stem.hashCode());
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes((int) GradeTolerances.MAX_SUBMISSION_BYTES + 1);
    } catch (IOException e) {
      return unusable(fallbackId, fileName, "cannot read the file: " + e.getMessage());
    }
    if (bytes.length > GradeTolerances.MAX_SUBMISSION_BYTES) {
      return unusable(fallbackId, fileName, "file larger than "
          + GradeTolerances.MAX_SUBMISSION_BYTES + " bytes (not read)");
    }
    JsonNode root;
    try {
      root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException | RuntimeException e) {
      String message = e instanceof JsonProcessingException json ? json.getOriginalMessage()
          : e.getClass().getSimpleName();
      return unusable(fallbackId, fileName, "malformed JSON: " + firstLine(message));
    }
    if (root == null || !root.isObject()) {
      return unusable(fallbackId, fileName, "expected a JSON object {\"answers\": {...}}");
    }
    JsonNode named = root.path("student");
    String student = named.isTextual() && STUDENT.matcher(named.asText()).matches()
        ? named.asText() : fallbackId;
    JsonNode answers = root.path("answers");
    if (!(answers instanceof ObjectNode object)) {
      return unusable(student, fileName, "no \"answers\" object");
    }
    return new Submission(student, fileName, object, "");
  }

  private static Submission unusable(String student, String file, String problem) {
    return new Submission(student, file, JsonNodeFactory.instance.objectNode(), problem);
  }

  private static String firstLine(String text) {
    String line = String.valueOf(text).lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
