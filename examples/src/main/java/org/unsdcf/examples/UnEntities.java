package org.unsdcf.examples;

/**
 * Codes of the UN entities named in the example plans, as UN INFO abbreviates them. Entities are
 * referred to by code everywhere in a plan (agencies, members, co-chairs, funding lines).
 */
final class UnEntities {
  static final String FAO = "FAO";
  static final String ILO = "ILO";
  static final String IOM = "IOM";
  static final String OHCHR = "OHCHR";
  static final String UNDP = "UNDP";
  static final String UNESCO = "UNESCO";
  static final String UNFPA = "UNFPA";
  static final String UNICEF = "UNICEF";
  static final String UNODC = "UNODC";
  static final String UN_WOMEN = "UN-Women";
  static final String WFP = "WFP";
  static final String WHO = "WHO";

  private UnEntities() {}
}
