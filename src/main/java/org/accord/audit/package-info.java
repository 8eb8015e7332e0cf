/**
 * The append-only audit trail: who did what to whose data, when, from where and why.<br>
 * Owns the audit table and the one call every module makes to record an event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.accord.audit;
