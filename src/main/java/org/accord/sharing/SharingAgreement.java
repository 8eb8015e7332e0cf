package org.accord.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An information-sharing agreement: which agencies share which categories, for what, on what lawful basis. */
public record SharingAgreement(UUID id, String title, String purposes, String lawfulBasis,
		Set<InformationCategory> categories, LocalDate reviewOn, boolean active, List<Party> parties, int version) {

	/** A signatory agency. */
	public record Party(UUID agencyId, String agencyName, String signatory, LocalDate signedOn) {
	}

	public record Draft(String title, String purposes, String lawfulBasis, Set<InformationCategory> categories,
			LocalDate reviewOn, List<Party> parties) {
	}

}
