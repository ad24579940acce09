package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacit.exact.BigRational;
import org.tacit.verify.Verdict;

/**
 * The eight netlib problems in src/test/resources/netlib (provenance in its README.md): both
 * solvers reproduce the netlib optimum. Double: relative error at most 1e-9 against the reference
 * value and a certificate valid at LpTolerances.DOUBLE_CERTIFICATE. Exact: a certificate verified
 * exactly, and the exact optimum rounded to the reference's printed significant digits equals the
 * printed reference. Times are printed (not asserted).
 */
class NetlibIT {

  private static final double DOUBLE_AGREEMENT = 1e-9;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(NetlibIT.class.getResource("/netlib/" + name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"afiro", "sc50a", "sc50b", "kb2", "sc105", "blend", "share2b",
      "stocfor1"})
  void bothSolversReproduceTheNetlibOptimum(String problem) throws Exception {
    JsonNode reference = new ObjectMapper().readTree(resource("optimal_values.json").toFile())
        .path("problems").path(problem);
    Path file = resource(reference.path("file").asText());
    String sha256 = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    assertThat(sha256).as("provenance of " + file).isEqualTo(reference.path("sha256").asText());
    LinearProgram program = MpsReader.read(file);
    assertThat(program.numRows() + 1).as("rows incl. objective").isEqualTo(
        reference.path("rows").asInt());
    assertThat(program.numColumns()).isEqualTo(reference.path("cols").asInt());
    String printed = reference.path("optimal_value_str").asText();
    double optimum = reference.path("optimal_value").asDouble();

    long start = System.nanoTime();
    LpResult approximate = new DoubleSimplexSolver().solve(program);
    double doubleMs = (System.nanoTime() - start) / 1e6;
    assertThat(approximate.status()).isEqualTo(LpStatus.OPTIMAL);
    double relative = Math.abs(approximate.objectiveValue() - optimum) / Math.abs(optimum);
    assertThat(relative).isLessThanOrEqualTo(DOUBLE_AGREEMENT);
    Verdict doubleVerdict =
        LpCertificateVerifier.verify(program, approximate, LpTolerances.DOUBLE_CERTIFICATE);
    assertThat(doubleVerdict.holds()).as(doubleVerdict.describe()).isTrue();

    start = System.nanoTime();
    LpResult exact = new ExactSimplexSolver().solve(program);
    double exactMs = (System.nanoTime() - start) / 1e6;
    assertThat(exact.status()).isEqualTo(LpStatus.OPTIMAL);
    Verdict exactVerdict = LpCertificateVerifier.verifyExact(program, exact);
    assertThat(exactVerdict.holds()).as(exactVerdict.describe()).isTrue();
    BigDecimal printedValue = new BigDecimal(printed);
    BigRational exactObjective = exact.objective();
    assertThat(exactObjective).isNotNull();
    BigDecimal rounded = exactObjective.toBigDecimal(printedValue.precision());
    assertThat(rounded.compareTo(printedValue)).as("exact %s rounded to %d digits vs %s",
        exactObjective.toBigDecimal(20), printedValue.precision(), printed).isZero();
    assertThat(new BigDecimal(exactObjective.numerator())
        .divide(new BigDecimal(exactObjective.denominator()),
            new MathContext(printedValue.precision(), RoundingMode.HALF_UP))
        .compareTo(printedValue)).isZero();
    System.out.printf(Locale.ROOT,
        "[tacit] netlib %-8s double %8.1f ms (%d pivots, rel err %.2e)  exact %8.1f ms (%d pivots)"
            + "  exact optimum %s%n", problem, doubleMs, approximate.pivots(), relative, exactMs,
        exact.pivots(), exactObjective.toBigDecimal(15));
  }
}
