/**
 * The Cooperation Framework model, the SDG, GCM, UN entity and unit catalogues, validation and
 * roll-ups.
 *
 * <p>Depends only on the JDK and Indriya at run time; Immutables is used at compile time.
 */
module org.unsdcf.core {
  requires transitive java.measure;
  requires tech.units.indriya;
  requires static org.immutables.value.annotations;
  requires static org.apiguardian.api;

  exports org.unsdcf.core.model;
  exports org.unsdcf.core.sdg;
  exports org.unsdcf.core.entities;
  exports org.unsdcf.core.units;
  exports org.unsdcf.core.validation;
  exports org.unsdcf.core.rollup;
}
