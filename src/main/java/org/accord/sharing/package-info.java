/**
 * Consent, information-sharing agreements, sharing decisions and the single access policy.<br>
 * Owns the decision of what a user may see of a person, and why; every other module asks it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing")
package org.accord.sharing;
