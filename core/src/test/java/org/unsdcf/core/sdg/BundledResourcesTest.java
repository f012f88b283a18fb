package org.unsdcf.core.sdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundledResourcesTest {

  /**
   * The SHA-256 of each file of shared/data (sdg/ and gcm/) as copied: a changed byte must be a
   * deliberate update of the catalogue, made together with this table.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sdg-goals.csv,      5dd71df78568a2c708063a4c64ce53eb9d922541707e4bb1a9e344408e478b3b",
    "sdg-targets.csv,    9e942ff25b0de2cd8dc31981a812d6e038fb19f6a526f01b74bfcb122aac50e0",
    "sdg-indicators.csv, 18cb9cfd3fa6091fe7a845031dd5edeadbb35d6c1cbaba86d6beb6d2b35b196c",
    "gcm-objectives.csv, 375c9a864ea6db0da1b753428c06f3561cdbfeb19a96aecf1d5a0af1d84352c0",
  })
  void should_bundle_the_shared_data_files_byte_for_byte(String name, String sha256)
      throws IOException, NoSuchAlgorithmException {
    byte[] bytes;
    try (InputStream in = SdgCatalogue.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      bytes = in.readAllBytes();
    }

    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .isEqualTo(sha256);
  }
}
