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

/** Plots use one colour-blind-safe palette, in the same order, in the PNG and the SVG. */
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
