/**
 * The Cooperation Framework model, the SDG, GCM, UN entity and unit catalogues, validation and
 * roll-ups.
 *
 * <p>Depends only on the JDK and Indriya at run time; Immutables is used at compile time.
 */
// "module": the qualified export names org.unsdcf.json, which is not on core's module path.
@SuppressWarnings("module")
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
  // The scalar rules of design.md §3.1, for the reader's checks and messages; nobody else's API.
  exports org.unsdcf.core.internal to
      org.unsdcf.json;
}
