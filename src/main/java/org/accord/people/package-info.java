/**
 * The person index, households, relationships, involvements and the shared core profile.<br>
 * Owns people, chronology and appointments; every read goes through the sharing module's access policy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.accord.people;
