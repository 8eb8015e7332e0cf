package org.accord.directory;

import java.time.LocalDate;
import java.util.UUID;

public record ContactDraft(UUID agencyId, UUID serviceId, ContactRole role, NeedCategory topic, UUID userId,
		String name, UUID deputyUserId, String deputyName, String phone, String secureEmail, UUID ownerUserId,
		LocalDate lastVerifiedOn) {
}
