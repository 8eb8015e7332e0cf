/**
 * Joint care and support plans co-produced with the person.<br>
 * Owns plans, their actions, sign-offs and reviews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package org.accord.plan;
