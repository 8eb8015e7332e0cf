/**
 * Closed-loop referrals between services, pathway templates and agency inboxes.<br>
 * Owns referrals and their history, deadlines and FHIR export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referral")
package org.accord.referral;
