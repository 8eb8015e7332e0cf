package org.accord.people.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.people.People;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.stereotype.Component;

/** The agreed lead professional and who agreed it; removed with the involvements. */
@Component
class LeadProfessionalRecords implements PersonRecords {

	private final People people;

	LeadProfessionalRecords(People people) {
		this.people = people;
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
		return people.leadProfessional(personId)
			.map(l -> List.of(Item.plain(InformationCategory.CORE_PROFILE, l.agencyName(), HeldDates.day(l.recordedAt()),
					(l.workerName() == null ? "" : l.workerName() + ", ") + l.agencyName() + "; agreed by " + l.agreedBy())))
			.orElse(List.of());
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		// The lead goes with the involvements it belongs to: InvolvementRecords removes both.
	}

}
