package org.unsdcf.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.unsdcf.core.model.CooperationFramework;

/**
 * Writes a Cooperation Framework as an IATI 2.03 activity file (design §15, §20): the framework as
 * a parent activity ({@code hierarchy="1"}) with its outcome and output results, and each
 * sub-output of a current JWP as a child activity ({@code hierarchy="2"}) with its agencies,
 * partners, SDG targets, markers, budgets, transactions and indicators.
 *
 * <pre>{@code
 * IatiWriter writer = IatiWriter.builder()
 *     .reportingOrg("XM-DAC-47066", "International Organization for Migration", "40")
 *     .asOf(LocalDate.of(2024, 6, 30))
 *     .build();
 * byte[] xml = writer.write(plan);
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The document is {@code <iati-activities version="2.03">}, UTF-8, two-space indented, LF
 *       line ends, with no {@code generated-datetime} or {@code last-updated-datetime}: the library
 *       reads no clock, so the same plan and options give the same bytes.
 *   <li>It validates against the official 2.03 schema for every plan the JSON reader accepts, and
 *       passes the IATI rules design §20 names; no transaction is dated after {@code asOf}.
 *   <li>Every text of the plan is written as text (StAX escapes markup); a CR is written as {@code
 *       &#13;} so that it survives; U+FFFE and U+FFFF, which XML cannot carry, become U+FFFD and
 *       are reported in {@link IatiWriteResult#lossyValues()}.
 *   <li>Among sub-outputs of current JWPs sharing a code (the validator's STR-004), the first is
 *       written and the others reported, as IATI identifiers must be unique (rule 1.1.2).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IatiWriter {
  private static final Pattern ORG_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /** IATI's OrganisationType codelist (2.03, non-embedded). */
  private static final Set<String> ORGANISATION_TYPES =
      Set.of(
          "10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80",
          "90");

  private final String reportingOrgRef;
  private final String reportingOrgName;
  private final String reportingOrgType;
  private final LocalDate asOf;
  private final String language;

  private IatiWriter(Builder builder) {
    this.reportingOrgRef = builder.reportingOrgRef;
    this.reportingOrgName = builder.reportingOrgName;
    this.reportingOrgType = builder.reportingOrgType;
    this.asOf = builder.asOf;
    this.language = builder.language;
  }

  /**
   * Obtains a builder; {@link Builder#reportingOrg} and {@link Builder#asOf} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes a plan as an IATI activity file.
   *
   * @param plan the plan
   * @return the document's bytes
   * @throws NullPointerException if {@code plan} is null
   */
  public byte[] write(CooperationFramework plan) {
    Objects.requireNonNull(plan, "plan");
    Utf8Sink sink = Utf8Sink.collecting();
    try {
      writeTo(plan, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink.toByteArray();
  }

  /**
   * Writes a plan as an IATI activity file to a stream, which is flushed and left open.
   *
   * @param plan the plan
   * @param out where the document goes
   * @return the number of activities and the values not carried as they are
   * @throws IOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public IatiWriteResult write(CooperationFramework plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    return writeTo(plan, Utf8Sink.draining(out));
  }

  private IatiWriteResult writeTo(CooperationFramework plan, Utf8Sink sink) throws IOException {
    try {
      XmlOut xml = new XmlOut(sink);
      int activities = new ActivityWriter(this, plan, xml).write();
      xml.finish();
      return new IatiWriteResult(activities, xml.lossyValues());
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException) {
        throw (IOException) e.getNestedException();
      }
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw new IOException("cannot write the IATI document: " + e.getMessage(), e);
    }
  }

  /**
   * Gets the reporting organisation's IATI identifier, the prefix of every activity identifier.
   *
   * @return e.g. {@code XM-DAC-47066}
   */
  public String reportingOrgRef() {
    return reportingOrgRef;
  }

  /**
   * Gets the reporting organisation's name.
   *
   * @return the name, written as its narrative
   */
  public String reportingOrgName() {
    return reportingOrgName;
  }

  /**
   * Gets the reporting organisation's type.
   *
   * @return a code of IATI's OrganisationType codelist, e.g. {@code 40} (multilateral)
   */
  public String reportingOrgType() {
    return reportingOrgType;
  }

  /**
   * Gets the date the export is made at: no transaction is dated after it.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets the language of the plan's texts, written as the activities' {@code xml:lang}.
   *
   * @return a BCP 47 language tag, {@code en} unless set
   */
  public String language() {
    return language;
  }

  /**
   * Returns the options, for logs.
   *
   * @return e.g. {@code IatiWriter[reportingOrg=XM-DAC-47066, type=40, asOf=2024-06-30,
   *     language=en]}
   */
  @Override
  public String toString() {
    return "IatiWriter[reportingOrg="
        + reportingOrgRef
        + ", type="
        + reportingOrgType
        + ", asOf="
        + asOf
        + ", language="
        + language
        + "]";
  }

  /** Builds an {@link IatiWriter}. Not thread-safe. */
  public static final class Builder {
    private String reportingOrgRef;
    private String reportingOrgName;
    private String reportingOrgType;
    private LocalDate asOf;
    private String language = "en";

    private Builder() {}

    /**
     * Sets the organisation that publishes the file.
     *
     * @param ref its IATI organisation identifier: 1–100 characters of {@code A-Z a-z 0-9 . _ : /
     *     -}, starting with a letter or digit
     * @param name its name: not blank, no control characters
     * @param typeCode its type, a code of IATI's OrganisationType codelist (e.g. {@code 40})
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is malformed
     */
    public Builder reportingOrg(String ref, String name, String typeCode) {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(typeCode, "typeCode");
      if (!ORG_REF.matcher(ref).matches()) {
        throw new IllegalArgumentException(
            "reportingOrg.ref: must be an IATI organisation identifier (letters, digits, ._:/-), but was '"
                + ref
                + "'");
      }
      if (name.isBlank() || name.codePoints().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(
            "reportingOrg.name: must not be blank or hold control characters, but was '"
                + name
                + "'");
      }
      if (!ORGANISATION_TYPES.contains(typeCode)) {
        throw new IllegalArgumentException(
            "reportingOrg.type: must be a code of IATI's OrganisationType codelist, but was '"
                + typeCode
                + "'");
      }
      this.reportingOrgRef = ref;
      this.reportingOrgName = name;
      this.reportingOrgType = typeCode;
      return this;
    }

    /**
     * Sets the date the export is made at (required: IATI rejects transactions dated in the future,
     * and the library reads no clock).
     *
     * @param asOf the date
     * @return this builder
     * @throws NullPointerException if {@code asOf} is null
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the language of the plan's texts ({@code en} unless set).
     *
     * @param language a BCP 47 tag with a lower-case primary subtag, e.g. {@code en}, {@code ru}
     * @return this builder
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if it is not such a tag
     */
    public Builder language(String language) {
      Objects.requireNonNull(language, "language");
      if (!LANGUAGE.matcher(language).matches()) {
        throw new IllegalArgumentException(
            "language: must be a BCP 47 tag such as 'en', but was '" + language + "'");
      }
      this.language = language;
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     * @throws IllegalStateException if the reporting organisation or the as-of date is not set
     */
    public IatiWriter build() {
      if (reportingOrgRef == null) {
        throw new IllegalStateException("IatiWriter: reportingOrg is not set");
      }
      if (asOf == null) {
        throw new IllegalStateException("IatiWriter: asOf is not set");
      }
      return new IatiWriter(this);
    }
  }
}
