package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The URI rule of design.md §3.1 and §11, checked on every URI member of the model. */
class UriRulesTest {
  static final String KYRGYZ_JWPS =
      "https://kyrgyzstan.un.org/en/224766-joint-strategic-coordination-committee-endorsed-work-plans-2023-2024";
  static final String SCHEME = "must be an absolute http or https URI";
  static final String HOST = "must have a host";
  static final String USER = "must not contain user information";
  static final String UTF8 = "must percent-encode only well-formed UTF-8";

  static List<Slot> slots() {
    return List.of(
        new Slot(
            "Endorsement",
            "reference",
            s ->
                Endorsement.builder()
                    .date(LocalDate.of(2023, 3, 1))
                    .reference(URI.create(s))
                    .build()),
        new Slot(
            "Decision",
            "reference",
            s ->
                Decision.builder()
                    .date(LocalDate.of(2023, 3, 1))
                    .kind(DecisionKind.ENDORSE_JWP)
                    .reference(URI.create(s))
                    .build()));
  }

  static String ofLength(int length) {
    String prefix = "https://un.org/";
    return prefix + "a".repeat(length - prefix.length());
  }

  static List<Slot.Case> badUris() {
    return List.of(
        new Slot.Case("ftp", "ftp://un.org/plan.pdf", SCHEME),
        new Slot.Case("mailto", "mailto:rco@un.org", SCHEME),
        new Slot.Case("urn", "urn:isbn:9789210010023", SCHEME),
        new Slot.Case("relative path", "/en/224766", SCHEME),
        new Slot.Case("relative file", "work-plans.pdf", SCHEME),
        new Slot.Case("scheme-relative", "//un.org/en", SCHEME),
        new Slot.Case("empty host", "http:///en/224766", HOST),
        new Slot.Case("opaque http", "http:un.org", HOST),
        new Slot.Case("registry authority", "http://un_org/", HOST),
        new Slot.Case("user", "http://u@x.org", USER),
        new Slot.Case("user and password", "https://u:p@un.org/en", USER),
        new Slot.Case("overlong slash", "https://un.org/%c0%af", UTF8),
        new Slot.Case("lone byte ff", "https://un.org/a%FFb", UTF8),
        new Slot.Case("truncated euro", "https://un.org/%E2%82", UTF8),
        new Slot.Case("continuation only", "https://un.org/?q=%80", UTF8),
        new Slot.Case("encoded surrogate", "https://un.org/%ED%A0%80", UTF8),
        new Slot.Case("2,001 chars", ofLength(2_001), "must have at most 2000 characters"));
  }

  static List<Slot.Case> goodUris() {
    return List.of(
        new Slot.Case("Kyrgyz JWP page", KYRGYZ_JWPS, null),
        new Slot.Case("bare http host", "http://x.org", null),
        new Slot.Case("port, query, fragment", "https://un.org:8443/p?q=1&r=2#s", null),
        new Slot.Case("encoded space", "https://un.org/a%20b", null),
        new Slot.Case("encoded euro", "https://un.org/%E2%82%AC%e2%82%ac", null),
        new Slot.Case("IPv6 host", "https://[2001:db8::1]/", null),
        new Slot.Case("2,000 chars", ofLength(2_000), null));
  }

  static Stream<Arguments> rejected() {
    return Slot.cross(slots(), badUris());
  }

  static Stream<Arguments> accepted() {
    return Slot.cross(slots(), goodUris());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rejected")
  void should_reject_a_uri_that_breaks_the_uri_rule(Slot slot, Slot.Case bad) {
    assertViolation(
        () -> slot.build().apply(bad.input()),
        slot.type(),
        slot.field(),
        bad.input(),
        bad.reason());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("accepted")
  void should_keep_an_acceptable_uri_verbatim(Slot slot, Slot.Case good) {
    Object built = slot.build().apply(good.input());

    URI reference =
        built instanceof Endorsement
            ? ((Endorsement) built).reference().orElseThrow()
            : ((Decision) built).reference().orElseThrow();
    assertThat(reference.toString()).isEqualTo(good.input());
  }
}
