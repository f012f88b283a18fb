/**
 * The {@code unsdcf} command line: validate, roll up and format Cooperation Framework files.
 *
 * <p>Run as {@code java -jar cli/target/unsdcf.jar --help}.
 */
module org.unsdcf.cli {
  requires org.unsdcf.json;
  requires org.unsdcf.uninfo;
  requires org.unsdcf.iati;
  requires info.picocli;
  requires static org.apiguardian.api;

  exports org.unsdcf.cli;

  // picocli sets the annotated option fields reflectively.
  opens org.unsdcf.cli to
      info.picocli;
}
