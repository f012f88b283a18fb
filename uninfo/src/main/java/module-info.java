/**
 * UN INFO's activity report: the Data Explorer's export of a Cooperation Framework's sub-outputs
 * (CSV or XLSX, 85 columns) read into plans, leniently on content and strictly on safety, and
 * written back as CSV.
 */
module org.unsdcf.uninfo {
  requires transitive org.unsdcf.core;

  exports org.unsdcf.uninfo;
}
