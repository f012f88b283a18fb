package org.unsdcf.examples;

/**
 * The codes of the Kyrgyz Republic plan. Codes are the identity of every entity and form one
 * namespace (framework, priority areas, outcomes, outputs, indicators, results groups, JWPs and
 * sub-outputs), so they are all listed here, once. They follow UN INFO's numbering: SP1, OC1.1,
 * OP1.1.1, sub-output 1.1.1.01; indicators add "-I1".
 */
final class KyrgyzstanCodes {
  static final String FRAMEWORK = "KGZ-2023-2027";

  // Priority areas
  static final String SP1_SOCIAL_SERVICES = "SP1";
  static final String SP2_GREEN_ECONOMY = "SP2";
  static final String SP3_CLIMATE_ACTION = "SP3";
  static final String SP4_INSTITUTIONS = "SP4";

  // Outcomes
  static final String OC1_1_SOCIAL_SERVICES = "OC1.1";
  static final String OC2_1_DECENT_WORK = "OC2.1";
  static final String OC3_1_RESILIENCE = "OC3.1";
  static final String OC4_1_RIGHTS = "OC4.1";

  // Outputs
  static final String OP1_1_1_MIGRANT_SUPPORT = "OP1.1.1";
  static final String OP1_1_2_INCLUSIVE_EDUCATION = "OP1.1.2";
  static final String OP2_1_1_ENTERPRISE = "OP2.1.1";
  static final String OP3_1_1_LOCAL_PLANNING = "OP3.1.1";
  static final String OP4_1_1_HUMAN_RIGHTS = "OP4.1.1";

  // Indicators
  static final String IND_MIGRANTS_CONSULTED = "OC1.1-I1";
  static final String IND_WOMEN_SHARE = "OP1.1.1-I1";
  static final String IND_INCLUSIVE_ENROLMENT = "OP1.1.2-I1";
  static final String IND_YOUTH_UNEMPLOYMENT = "OC2.1-I1";
  static final String IND_BUSINESSES_SUPPORTED = "OP2.1.1-I1";
  static final String IND_LOCAL_DRR_STRATEGIES = "OC3.1-I1";
  static final String IND_RISK_INFORMED_PLANS = "OP3.1.1-I1";
  static final String IND_UPR_IMPLEMENTED = "OC4.1-I1";
  static final String IND_PEOPLE_TRAINED = "OP4.1.1-I1";

  // Results groups, one per priority area
  static final String RG1_SOCIAL_SERVICES = "RG1";
  static final String RG2_GREEN_ECONOMY = "RG2";
  static final String RG3_CLIMATE_ACTION = "RG3";
  static final String RG4_INSTITUTIONS = "RG4";

  // Joint work plans: two-year plans 2023-2024, then annual plans from 2025
  static final String JWP_RG1_2023_2024 = "JWP-RG1-2023-2024";
  static final String JWP_RG2_2023_2024 = "JWP-RG2-2023-2024";
  static final String JWP_RG3_2023_2024 = "JWP-RG3-2023-2024";
  static final String JWP_RG4_2023_2024 = "JWP-RG4-2023-2024";
  static final String JWP_RG1_2025 = "JWP-RG1-2025";
  static final String JWP_RG2_2025 = "JWP-RG2-2025";
  static final String JWP_RG3_2025 = "JWP-RG3-2025";
  static final String JWP_RG4_2025 = "JWP-RG4-2025";

  // Sub-outputs: output number, then a serial continuing across work plans
  static final String SO_MIGRANT_CONSULTATIONS = "1.1.1.01";
  static final String SO_WOMEN_MIGRANTS = "1.1.1.02";
  static final String SO_INCLUSIVE_SCHOOLS = "1.1.2.01";
  static final String SO_INCLUSIVE_TEACHING = "1.1.2.02";
  static final String SO_RURAL_WOMEN_ENTERPRISE = "2.1.1.01";
  static final String SO_GREEN_JOBS_FOR_YOUTH = "2.1.1.02";
  static final String SO_RISK_INFORMED_PLANNING = "3.1.1.01";
  static final String SO_EARLY_WARNING = "3.1.1.02";
  static final String SO_HUMAN_RIGHTS_CAPACITY = "4.1.1.01";
  static final String SO_UPR_FOLLOW_UP = "4.1.1.02";

  private KyrgyzstanCodes() {}
}
