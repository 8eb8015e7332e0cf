/**
 * MARAC and other multi-agency meetings: referrals, agendas, research, minutes and actions.<br>
 * Owns meetings, MARAC referrals and action items.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting")
package org.accord.meeting;
