/**
 * The service user's own portal: their plan, appointments, who is involved and their consents.<br>
 * Owns portal accounts and feedback; shows only what the access policy marks safe for the person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.accord.portal;
