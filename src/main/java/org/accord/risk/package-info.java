/**
 * Risk identification: checklists as data, assessments, bands and risk history.<br>
 * Owns checklists and risk assessments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.accord.risk;
