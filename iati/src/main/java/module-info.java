/**
 * IATI 2.03 activity XML: a Cooperation Framework published as a parent activity with its
 * sub-outputs as child activities, and agencies' activity files read back into sub-outputs. StAX
 * from the JDK only, hardened against hostile documents.
 */
module org.unsdcf.iati {
  requires transitive org.unsdcf.core;
  requires java.xml;

  exports org.unsdcf.iati;
}
