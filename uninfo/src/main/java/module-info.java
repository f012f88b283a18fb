/**
 * UN INFO's activity report: the Data Explorer's export of a Cooperation Framework's sub-outputs
 * (CSV or XLSX, 85 columns) read into plans, leniently on content and strictly on safety, and
 * written back as CSV.
 */
module org.unsdcf.uninfo {
  requires transitive org.unsdcf.core;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.csv;
  requires org.dhatim.fastexcel.reader;
  requires java.xml;
  requires static org.apiguardian.api;

  exports org.unsdcf.uninfo;
}
