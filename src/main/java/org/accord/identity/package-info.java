/**
 * Agencies, user accounts, roles, sign-in (password and TOTP), API tokens and sessions.<br>
 * Owns the security configuration and the administration pages for agencies and users.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.accord.identity;
