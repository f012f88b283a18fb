package org.unsdcf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the page's bytes (design §17: byte-identical output): the length and SHA-256 of each of
 * {@link PinnedPages}, recorded from the renderer before it was made faster (commit 18b0775), so a
 * change to how the page is built cannot change a byte unnoticed. A change meant to alter the page
 * records the new figures here, in the commit that makes it, and says why.
 */
class PageBytesTest {
  private static final Map<String, byte[]> PAGES = PinnedPages.pages();

  static Stream<Arguments> pinned() {
    return Stream.of(
        Arguments.of(
            "kyrgyzstan",
            13832,
            "93273ec43f57eff23c939e248f76e46ca652fa519ae769589b81f2c663442f05"),
        Arguments.of(
            "kyrgyzstan-2026",
            15062,
            "6f683f2c02194b04b39ef8b976714ec9b7d2d590d3027d92ad2a93a4c6af0938"),
        Arguments.of(
            "minimal", 10343, "58e6c81373cb9172a6ed042ec197395261e7012e393a14da1f496fefde9b89e6"),
        Arguments.of(
            "complete", 17468, "da09c39eaffa0f98d658105fc3ad8b9a357a145569357cbc5786b91ed875b251"),
        Arguments.of(
            "every-measure",
            13136,
            "6061c65d055ed1ed040575f1351ea9feb3887889ab251fe3fd59db4d2f2dfb9d"),
        Arguments.of(
            "every-unit",
            34161,
            "db5a308ae328d97bc66ca3de038a5d6e264808b8addba90538a1328fdb40b51c"),
        Arguments.of(
            "every-direction",
            18842,
            "6f0bf4ad757969b1bcc408c37c46c711f9fd1ab09319896dbb4b2f01df673a19"),
        Arguments.of(
            "hostile", 14431, "8ab56947c68eb582cfeaa697affa5fd18ebb343a638b3492b1b32f0758bdf914"),
        Arguments.of(
            "hostile-findings",
            14655,
            "0c49870d725996ef30e976f5a0775485919067e546befb82611c2ccc2d4d92e8"),
        Arguments.of(
            "broken-findings",
            14151,
            "8c4257c19f51aa434de4bde2baf95123d01ecc5f4936068d16d8668443bcc699"),
        Arguments.of(
            "unicode", 14394, "f1d051eefbd25be59c6d6a9908e1427bdd38f7cf6c39c6ecab4f5267277412fe"),
        Arguments.of(
            "generated-1-1",
            11506,
            "9602065a667745d672d0a5b9fe003772eeec0f540cd3c5a9d5176983b5c39a41"),
        Arguments.of(
            "generated-2-2",
            18472,
            "1f7fff0700bbe9e431e57a4604b0b462cced92926418d1eff3bbc8eb7d8d5f6c"),
        Arguments.of(
            "generated-3-4",
            20506,
            "b156982a1c1540d85f929b5320913353022f6746ca99ed215d2c6ae500592693"),
        Arguments.of(
            "generated-5-8",
            47931,
            "33b4623dec0dff607d990647cafbf6a4e5300cb24e66ba291dcf06db6bd46bc8"),
        Arguments.of(
            "generated-8-16",
            53278,
            "8d74d7f91d78b3a8754ce7f1a22e77d572b7f00c2f09a064386196496c1734b6"),
        Arguments.of(
            "generated-13-32",
            8646,
            "822335a8651e8bc3dabd473fbff3746264c361adb8752c92fe846a1a87887427"),
        Arguments.of(
            "generated-21-64",
            126747,
            "b1396c653e6625c5971453f6d93607a4cb7af8c28b00dd9fba33d14dd2caabf0"),
        Arguments.of(
            "generated-34-64",
            5390,
            "3f2901d6da65f79e2df03f76dc6a9190a8a469de3f666eeca29cda369143fa92"),
        Arguments.of(
            "typical", 203442, "3f9e736087bec73d09a8cc939c4ff4869425c4f3dbe036fd90a2cbbbed8a8774"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pinned")
  void should_write_the_pinned_bytes(String name, int length, String sha256) {
    byte[] page = PAGES.get(name);

    assertThat(page).as(name).hasSize(length);
    assertThat(PinnedPages.sha256(page)).as(name).isEqualTo(sha256);
  }

  @Test
  void should_pin_every_page() {
    assertThat(pinned().map(a -> (String) a.get()[0])).containsExactlyElementsOf(PAGES.keySet());
  }
}
