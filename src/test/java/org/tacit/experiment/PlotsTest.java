package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plots use one colour-blind-safe palette, in the same order, in the PNG and the SVG; short log
 * axes are labelled densely enough to read; subtitles state the parameters.
 */
class PlotsTest {

  @TempDir
  Path dir;

  /**
   * Two series: the first is drawn in Okabe-Ito blue #0072B2 and the second in vermilion
   * #D55E00 in both files (issue #13 point 12: PNG and SVG used different colours). A marker's
   * interior is filled with the exact series colour, so the PNG must contain those pixels.
   */
  @Test
  void pngAndSvgShareThePalette() throws Exception {
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("first", new double[][] {{1, 10, 100}, {1, 2, 3}});
    series.put("second", new double[][] {{1, 10, 100}, {3, 2, 1}});
    List<Path> files = Plots.semiLogX(dir, "palette", "palette", "x", "y", series);
    String svg = Files.readString(files.get(1));
    assertThat(svg).contains("#0072B2").contains("#D55E00");
    assertThat(svg.indexOf("#0072B2")).isLessThan(svg.indexOf("#D55E00"));
    BufferedImage png = ImageIO.read(files.get(0).toFile());
    assertThat(containsColour(png, 0x0072B2)).isTrue();
    assertThat(containsColour(png, 0xD55E00)).isTrue();
  }

  /**
   * Issue #13 point 12: a log axis spanning less than a decade labelled one tick; now 1, 2 and 5
   * times each power of ten are labelled when the span is short, the subtitle with the parameters
   * is drawn, and a linear PNG axis of small values uses scientific labels (not ".0018").
   */
  @Test
  void shortLogAxesGetIntermediateTicksAndTheSubtitleIsDrawn() throws Exception {
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("s", new double[][] {{1.1e-3, 1.5e-3, 1.9e-3}, {1e-4, 2e-4, 3e-4}});
    List<Path> files = Plots.logLog(dir, "short", "title", "N = 10, d = 20, seed 3", "eta",
        "error", series);
    String svg = Files.readString(files.get(1));
    assertThat(svg).contains(">N = 10, d = 20, seed 3</text>");
    // log10 x in [-2.96, -2.72], padded by 0.1: the ticks 1e-3 (-3.0) and 2e-3 (-2.70) lie inside
    assertThat(svg).contains(">1e-3</text>").contains(">2e-3</text>");
    assertThat(Plots.logTicks(new double[] {-3.06, -2.62}).stream()
        .filter(tick -> tick[0] >= -3.06 && tick[0] <= -2.62)).hasSize(2);
    // 20 decades: every second power of ten only (tickStep), no intermediate ticks
    assertThat(Plots.logTicks(new double[] {-10, 10})).allSatisfy(tick ->
        assertThat(tick[1]).isEqualTo(1.0));
    assertThat(Plots.decimalPattern(series, 0)).isEqualTo("0.##E0");
    Map<String, double[][]> moderate = Map.of("m", new double[][] {{1, 50}, {0.5, 2}});
    assertThat(Plots.decimalPattern(moderate, 0)).isEqualTo("0.###");
    assertThat(Plots.decimalPattern(Map.of("h", new double[][] {{1, 2e5}, {1, 1}}), 0))
        .isEqualTo("0.##E0");
  }

  private static boolean containsColour(BufferedImage image, int rgb) {
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          return true;
        }
      }
    }
    return false;
  }
}
