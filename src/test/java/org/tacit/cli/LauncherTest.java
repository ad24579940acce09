package org.tacit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./tacit} launcher's first-run build (issue #13, point 10): one line says it is
 * building and how long it may take, Maven's output (escape codes included) goes to a log shown
 * only when the build fails, and a fresh jar is not rebuilt. Maven and Java are replaced by stubs
 * on the PATH, so the test exercises the script, not a real build.
 */
class LauncherTest {

  private static final String ESCAPE = "\u001b";

  @TempDir
  Path dir;

  private record Result(int code, String out, String err) {}

  @Test
  void buildsQuietlyWithOneLineThenRunsTheJar() throws Exception {
    Path repo = repository("printf '\\033[0m\\033[1mnoise\\033[0m\\n'; mkdir -p target;"
        + " : > target/tacit.jar");
    Result first = launch(repo, "--version");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo("ran -Dtacit.root=" + repo + " -jar " + repo
        + "/target/tacit.jar --version\n");
    List<String> lines = first.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("tacit: building target/tacit.jar (about 2 minutes");
    assertThat(lines.get(1)).matches("tacit: built in \\d+ s");
    assertThat(first.err()).doesNotContain(ESCAPE).doesNotContain("noise");
    assertThat(Files.readString(repo.resolve("target/tacit-build.log"))).contains("noise");

    Result second = launch(repo, "spec");
    assertThat(second.code()).isZero();
    assertThat(second.err()).as("a fresh jar is not rebuilt").isEmpty();
  }

  @Test
  void aFailedBuildShowsTheEndOfItsLogWithoutEscapeCodes() throws Exception {
    Path repo = repository("printf '\\033[1;31m[ERROR] boom\\033[0m\\n'; exit 1");
    Result r = launch(repo, "spec");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("tacit: build failed").contains("[ERROR] boom")
        .doesNotContain(ESCAPE);
  }

  /** A repository with the real launcher, a pom, a source file, and a stub mvn running {@code mvnBody}. */
  private Path repository(String mvnBody) throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path root = Path.of(System.getProperty("tacit.root", "."));
    Files.copy(root.resolve("tacit"), repo.resolve("tacit"));
    Files.writeString(repo.resolve("pom.xml"), "<project/>");
    Files.createDirectories(repo.resolve("src/main"));
    Files.writeString(repo.resolve("src/main/Source.java"), "class Source {}");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    executable(bin.resolve("mvn"), "#!/bin/bash\n" + mvnBody + "\n");
    executable(bin.resolve("java"), "#!/bin/bash\necho \"ran $*\"\n");
    return repo;
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Result launch(Path repo, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash", repo.resolve("tacit").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
