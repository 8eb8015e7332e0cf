/**
 * Interoperability: standard formats (FHIR R4, Open Referral) and bulk imports of existing case lists.<br>
 * Owns format mappings and import jobs; the modules own the data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interop")
package org.accord.interop;
