/**
 * The UN entity catalogue bundled with unsdcf ({@link org.unsdcf.core.entities.UnEntityCatalogue}):
 * the UN entities that act as agencies in Cooperation Frameworks and joint work plans, with the
 * code the library uses, UN INFO's abbreviation, the full name and the IATI organisation
 * identifier. Loaded once, immutable and thread-safe.
 */
package org.unsdcf.core.entities;
