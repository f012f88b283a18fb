package org.unsdcf.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.unsdcf.iati.IatiImport;
import org.unsdcf.iati.IatiReader;
import org.unsdcf.iati.IatiWriter;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * The IATI import of one activity file against a raw StAX event scan of the same bytes (design §19:
 * scan time / import time ≥ 0.5). The document is the IATI export of a generated plan, or a real
 * file named by the system property {@code unsdcf.iati.file} (read in place, never copied).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IatiImportBenchmark {
  /** TYPICAL or LARGE: the plan whose export is read. */
  @Param({"TYPICAL"})
  public DatasetSize dataset;

  private byte[] document;
  private XMLInputFactory factory;

  /** Makes the document and checks that the import reads every activity of it. */
  @Setup
  public void setUp() throws IOException {
    String file = System.getProperty("unsdcf.iati.file");
    if (file != null) {
      document = Files.readAllBytes(Path.of(file));
    } else {
      document =
          IatiWriter.builder()
              .reportingOrg("XM-DAC-41114", "United Nations Development Programme", "40")
              .asOf(Datasets.AS_OF)
              .build()
              .write(Datasets.get(dataset).plans().get(0));
    }
    factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    if (iatiImport().activities() != rawStaxScan() && file == null) {
      throw new AssertionError("the import and the scan should see the same activities");
    }
  }

  /**
   * Reads the document into entries and problems.
   *
   * @return the import
   */
  @Benchmark
  public IatiImport iatiImport() {
    return IatiReader.standard().read(document);
  }

  /**
   * Scans the same bytes with the JDK's StAX parser, touching every name, attribute value and text:
   * the ratio's denominator.
   *
   * @return the number of activity elements, so nothing is optimised away
   */
  @Benchmark
  public int rawStaxScan() {
    try {
      XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(document));
      int activities = 0;
      long touched = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (r.getLocalName().equals("iati-activity")) {
            activities++;
          }
          for (int i = 0; i < r.getAttributeCount(); i++) {
            touched += r.getAttributeValue(i).length();
          }
        } else if (event == XMLStreamConstants.CHARACTERS) {
          touched += r.getTextLength();
        }
      }
      r.close();
      return touched < 0 ? -1 : activities;
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
