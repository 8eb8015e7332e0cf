package org.accord.people.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.people.LeadProfessionals;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.stereotype.Component;

/** Every lead professional the person has had, who agreed each and how it ended; removed with the involvements. */
@Component
class LeadProfessionalRecords implements PersonRecords {

	private final LeadProfessionals leads;

	LeadProfessionalRecords(LeadProfessionals leads) {
		this.leads = leads;
	}

	@Override
	public String title() {
		return "Lead professional";
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return leads.leadHistory(personId).stream()
			.map(l -> Item.plain(InformationCategory.CORE_PROFILE, l.agencyName(), HeldDates.day(l.startedAt()),
					(l.workerName() == null ? "" : l.workerName() + ", ") + l.agencyName() + "; agreed by " + l.agreedBy()
							+ (l.endedAt() == null ? "; the lead now" : "; until " + HeldDates.day(l.endedAt()) + ": " + l.endReason())))
			.toList();
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		// The lead goes with the involvements it belongs to: InvolvementRecords removes both.
	}

}
