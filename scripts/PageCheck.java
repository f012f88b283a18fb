import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Checks what headless Chromium made of a report page (run by scripts/page-test.sh as a
 * single-file program: {@code java scripts/PageCheck.java PAGE.html DOM.html SHOT.png}).
 *
 * <ul>
 *   <li>the screenshot is not blank: enough pixels that are not the white background, and pixels
 *       of the progress bars' and of each budget series' colours, so the charts were painted;
 *   <li>the DOM the browser built holds as many {@code <svg>} as the page, each with its {@code
 *       <title>}, its {@code <desc>} and at least one drawn mark, and nothing that loads or runs.
 * </ul>
 *
 * Prints one line per check and exits 1 if any fails.
 */
public final class PageCheck {
  private static final int REQUIRED = 0x0550ae;
  private static final int AVAILABLE = 0x1a7f37;
  private static final int EXPENDITURE = 0x8250df;
  private static final int TRACK = 0xeaeef2;
  // The status colours but NO_DATA's, which is also the muted text's.
  private static final int[] STATUS = {0x116329, 0x1a7f37, 0x7d4e00, 0xbc4c00, 0xcf222e, 0x656d76};

  private static final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java scripts/PageCheck.java PAGE.html DOM.html SHOT.png");
      System.exit(64);
    }
    String page = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    String dom = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    BufferedImage shot = ImageIO.read(Path.of(args[2]).toFile());
    screenshot(shot);
    charts(page, dom);
    if (failures.isEmpty()) {
      System.out.println("page check passed: " + args[0]);
    } else {
      failures.forEach(f -> System.out.println("FAILED " + f));
      System.exit(1);
    }
  }

  private static void screenshot(BufferedImage shot) {
    if (shot == null) {
      failures.add("the screenshot is not a readable PNG");
      return;
    }
    long total = (long) shot.getWidth() * shot.getHeight();
    long ink = 0;
    long required = 0;
    long available = 0;
    long expenditure = 0;
    long status = 0;
    long track = 0;
    for (int y = 0; y < shot.getHeight(); y++) {
      for (int x = 0; x < shot.getWidth(); x++) {
        int rgb = shot.getRGB(x, y) & 0xFFFFFF;
        if (rgb != 0xFFFFFF) {
          ink++;
        }
        track += rgb == TRACK ? 1 : 0;
        required += rgb == REQUIRED ? 1 : 0;
        available += rgb == AVAILABLE ? 1 : 0;
        expenditure += rgb == EXPENDITURE ? 1 : 0;
        for (int s : STATUS) {
          status += rgb == s ? 1 : 0;
        }
      }
    }
    double share = (double) ink / total;
    System.out.printf(
        "screenshot %dx%d: %.1f%% not white; pixels required %d, available %d, expenditure %d,"
            + " status %d, bar track %d%n",
        shot.getWidth(),
        shot.getHeight(),
        100 * share,
        required,
        available,
        expenditure,
        status,
        track);
    check(share >= 0.02, "the screenshot is (nearly) blank");
    check(required >= 100, "no bar of required funding was painted");
    check(available >= 100, "no bar of available funding was painted");
    check(expenditure >= 100, "no bar of expenditure was painted");
    check(track >= 1000 && status >= 50, "no progress bar was painted");
  }

  private static void charts(String page, String dom) {
    int inPage = count(page, "<svg");
    List<String> svgs = new ArrayList<>();
    Matcher m = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(dom);
    while (m.find()) {
      svgs.add(m.group());
    }
    System.out.printf("charts: %d in the page, %d in the browser's DOM%n", inPage, svgs.size());
    check(inPage > 0, "the page has no chart");
    check(svgs.size() == inPage, "the browser's DOM lost charts");
    for (int i = 0; i < svgs.size(); i++) {
      String svg = svgs.get(i);
      check(svg.contains("<title"), "chart " + (i + 1) + " has no <title>");
      check(svg.contains("<desc"), "chart " + (i + 1) + " has no <desc>");
      check(
          Pattern.compile("<(rect|circle|polyline|line)\\b[^>]*class=\"mark\"").matcher(svg).find(),
          "chart " + (i + 1) + " draws no mark");
    }
    for (String tag : List.of("<script", "<img", "<iframe", "<link", "<object", "<embed")) {
      check(!dom.contains(tag), "the DOM holds " + tag);
    }
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }

  private static void check(boolean ok, String failure) {
    if (!ok) {
      failures.add(failure);
    }
  }
}
