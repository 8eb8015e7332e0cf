package org.accord.directory;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * A named contact: a role at an agency (or one of its services) and who fills it. When the person
 * in the role leaves, the role stays and is flagged for handover; a disabled person is never shown.
 *
 * @param personActive whether the named person is a current user (or not a user at all)
 * @param deputyActive the same for the deputy
 */
public record DirectoryContact(UUID id, UUID agencyId, String agencyName, UUID serviceId, String serviceName,
		ContactRole role, NeedCategory topic, UUID userId, String name, boolean personActive, UUID deputyUserId,
		String deputyName, boolean deputyActive, String phone, String secureEmail, UUID ownerUserId,
		LocalDate lastVerifiedOn, boolean handoverNeeded, String handoverNote, int version) {

	/** "Domestic abuse champion", "MARAC representative", ... */
	public String roleTitle() {
		return role == ContactRole.CHAMPION && topic != null ? topic.label() + " champion" : role.label();
	}

	/** The person to show, or null when nobody current fills the role. */
	public String shownName() {
		return personActive ? name : null;
	}

	public String shownDeputy() {
		return deputyActive ? deputyName : null;
	}

	public boolean stale(LocalDate today, Period staleAfter) {
		return lastVerifiedOn.plus(staleAfter).isBefore(today);
	}

	public boolean needsHandover() {
		return handoverNeeded || !personActive;
	}

}
