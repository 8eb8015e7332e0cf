/**
 * Interoperability: HL7 FHIR R4 exchange and bulk imports of existing case lists (CSV).<br>
 * Owns format mappings and import jobs; the modules own the data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interop")
package org.accord.interop;
