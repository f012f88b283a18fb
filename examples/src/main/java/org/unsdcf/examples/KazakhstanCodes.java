package org.unsdcf.examples;

/**
 * The codes of the Kazakhstan plan, all in one namespace as in {@link KyrgyzstanCodes}. Codes are
 * unique within a plan, so the two plans may both use SP1 or RG1.
 */
final class KazakhstanCodes {
  static final String FRAMEWORK = "KAZ-2021-2025";

  // Priority areas
  static final String SP1_HUMAN_DEVELOPMENT = "SP1";
  static final String SP2_INSTITUTIONS = "SP2";
  static final String SP3_ENVIRONMENT_ECONOMY = "SP3";

  // Outcomes
  static final String OC1_1_SERVICES = "OC1.1";
  static final String OC2_1_FREEDOM_FROM_VIOLENCE = "OC2.1";
  static final String OC3_1_GREEN_ECONOMY = "OC3.1";

  // Outputs
  static final String OP1_1_1_INCLUSIVE_PRESCHOOL = "OP1.1.1";
  static final String OP2_1_1_VIOLENCE_RESPONSE = "OP2.1.1";
  static final String OP3_1_1_ENERGY_EFFICIENCY = "OP3.1.1";

  // Indicators
  static final String IND_PRESCHOOL_PARTICIPATION = "OC1.1-I1";
  static final String IND_CHILDREN_IN_INCLUSIVE_GROUPS = "OP1.1.1-I1";
  static final String IND_SURVIVORS_SEEKING_HELP = "OC2.1-I1";
  static final String IND_PROFESSIONALS_TRAINED = "OP2.1.1-I1";
  static final String IND_RENEWABLE_SHARE = "OC3.1-I1";
  static final String IND_ELECTRICITY_SAVED = "OP3.1.1-I1";

  // Results groups
  static final String RG1_PEOPLE_AND_INSTITUTIONS = "RG1";
  static final String RG2_PLANET_AND_PROSPERITY = "RG2";

  // Joint work plan
  static final String JWP_2024_2025 = "JWP-2024-2025";

  // Sub-outputs
  static final String SO_INCLUSIVE_PRESCHOOL = "1.1.1.01";
  static final String SO_DOMESTIC_VIOLENCE_RESPONSE = "2.1.1.01";
  static final String SO_MUNICIPAL_ENERGY_EFFICIENCY = "3.1.1.01";

  private KazakhstanCodes() {}
}
