package org.unsdcf.benchmarks.pojo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Plain mutable classes mirroring the plan's JSON form, as an integrator would write them for
 * Jackson databind instead of using unsdcf's reader: the comparison point of the read and write
 * benchmarks. Public fields, no checks, no invariants.
 */
public final class PlanPojos {
  private PlanPojos() {}

  /** The root. */
  public static final class Plan {
    public int formatVersion;
    public String code;
    public String title;
    public List<String> countries;
    public YearRange period;
    public String signedOn;
    public String currency;
    public SteeringCommittee steeringCommittee;
    public List<PriorityArea> priorityAreas;
    public List<ResultsGroup> resultsGroups;
    public List<JointWorkPlan> jointWorkPlans;
  }

  /** A year range. */
  public static final class YearRange {
    public int start;
    public int end;
  }

  /** A reporting period. */
  public static final class Period {
    public String start;
    public String end;
  }

  /** The steering committee. */
  public static final class SteeringCommittee {
    public String name;
    public String governmentCoChair;
    public String unCoChair;
    public List<Decision> decisions;
  }

  /** A decision. */
  public static final class Decision {
    public String date;
    public String kind;
    public List<String> subjects;
    public String summary;
    public String reference;
  }

  /** A priority area. */
  public static final class PriorityArea {
    public String code;
    public String title;
    public String description;
    public List<Tag> tags;
    public List<Outcome> outcomes;
  }

  /** An outcome. */
  public static final class Outcome {
    public String code;
    public String title;
    public String statement;
    public List<String> sdgTargets;
    public List<Tag> tags;
    public List<Indicator> indicators;
    public List<Output> outputs;
  }

  /** An output. */
  public static final class Output {
    public String code;
    public String title;
    public String description;
    public List<String> contributingEntities;
    public List<String> sdgTargets;
    public List<Tag> tags;
    public List<Indicator> indicators;
  }

  /** A results group. */
  public static final class ResultsGroup {
    public String code;
    public String title;
    public List<String> scope;
    public List<CoChair> coChairs;
    public List<String> members;
    public List<String> governmentMembers;
  }

  /** A co-chair term. */
  public static final class CoChair {
    public String entity;
    public String role;
    public String from;
    public String until;
  }

  /** A joint work plan. */
  public static final class JointWorkPlan {
    public String code;
    public String title;
    public YearRange period;
    public String status;
    public int version;
    public String supersedes;
    public String resultsGroup;
    public Endorsement endorsement;
    public List<SubOutput> entries;
  }

  /** An endorsement. */
  public static final class Endorsement {
    public String date;
    public String body;
    public String reference;
  }

  /** A sub-output. */
  public static final class SubOutput {
    public String code;
    public String title;
    public String description;
    public String outputCode;
    public String leadEntity;
    public List<String> agencies;
    public List<Partner> implementingPartners;
    public List<Partner> contributingPartners;
    public List<String> sdgTargets;
    public List<Tag> tags;
    public String genderEqualityMarker;
    public String humanRightsMarker;
    public String sustainingPeaceMarker;
    public List<String> qcprFunctions;
    public List<Location> geographicScope;
    public List<String> targetGroups;
    public String status;
    public String start;
    public String end;
    public String jointProgramme;
    public List<FundingLine> funding;
    public List<Indicator> indicators;
  }

  /** A partner reference. */
  public static final class Partner {
    public String name;
    public String iatiOrgId;
  }

  /** A location. */
  public static final class Location {
    public String level;
    public String code;
    public String name;
  }

  /** A funding line. */
  public static final class FundingLine {
    public int year;
    public String agency;
    public Partner contributingPartner;
    public Money required;
    public Money available;
    public Money expenditure;
  }

  /** Money. */
  public static final class Money {
    public BigDecimal amount;
    public String currency;
  }

  /** A tag. */
  public static final class Tag {
    public String vocabulary;
    public String code;
  }

  /** An indicator. */
  public static final class Indicator {
    public String code;
    public String title;
    public String measure;
    public String unit;
    public String direction;
    public String accumulation;
    public Range naturalRange;
    public Baseline baseline;
    public List<Target> targets;
    public List<Measurement> measurements;
    public List<Dimension> disaggregations;
    public String frequency;
    public String sdgIndicator;
    public List<Tag> tags;
    public List<String> meansOfVerification;
    public String dataSource;
    public List<String> responsibleEntities;
  }

  /** A natural range. */
  public static final class Range {
    public BigDecimal min;
    public BigDecimal max;
  }

  /** A baseline. */
  public static final class Baseline {
    public int year;
    public String date;
    public Object value;
    public String unit;
    public String comment;
  }

  /** A target. */
  public static final class Target {
    public int year;
    public String kind;
    public Object value;
    public String unit;
    public String comment;
  }

  /** A measurement. */
  public static final class Measurement {
    public Period period;
    public Map<String, String> disaggregation;
    public Object value;
    public String unit;
    public BigDecimal numerator;
    public BigDecimal denominator;
    public String assessedStatus;
    public String source;
    public String comment;
  }

  /** A disaggregation dimension. */
  public static final class Dimension {
    public String name;
    public List<String> categories;
    public boolean exhaustive;
  }
}
