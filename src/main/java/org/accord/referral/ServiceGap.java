package org.accord.referral;

import java.time.Instant;
import java.util.UUID;

import org.accord.directory.NeedCategory;

/** A need in an area that nobody could meet, as one referrer recorded it; it names no person. */
public record ServiceGap(UUID id, NeedCategory need, UUID areaId, String areaName, String why, String recordedBy,
		String agencyName, Instant recordedAt) {

	/** What the referrer records: the need, the area (null: everywhere) and why no service could take the person. */
	public record Draft(NeedCategory need, UUID areaId, String why) {
	}

	/** How many gaps were recorded for one need in one area, for the register. */
	public record Count(NeedCategory need, String areaName, long gaps) {
	}

}
