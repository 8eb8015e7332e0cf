/**
 * Closed-loop referrals between services and the agency inboxes.<br>
 * Owns referrals and their history and deadlines; the FHIR export is {@code interop}'s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referral")
package org.accord.referral;
