package org.accord.people.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chronology: opinions and entries naming someone else are for review; a confidential location names its holder
 * only.
 */
@Component
class ChronologyRecords implements PersonRecords {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Chronology chronology;

	private final JdbcClient jdbc;

	ChronologyRecords(Chronology chronology, JdbcClient jdbc) {
		this.chronology = chronology;
		this.jdbc = jdbc;
	}

	@Override
	public String title() {
		return "Chronology";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return chronology.entries(personId, Chronology.Filter.ALL).stream().map(e -> item(e, others)).toList();
	}

	private static Item item(ChronologyEntry e, OtherPeople others) {
		if (e.category() == InformationCategory.CONFIDENTIAL_LOCATION) {
			return ConfidentialLocationRecords.held(e.sourceAgencyName(), e.occurredOn().toString());
		}
		String names = others.mentionedIn(e.summary() + " " + (e.provenance() == null ? "" : e.provenance())
				+ trail(e.trail()));
		String why = e.kind() == ChronologyEntry.Kind.OPINION
				? "Professional opinion of " + e.sourceAgencyName() + ": check that releasing it is safe" : null;
		if (names != null) {
			why = (why == null ? "" : why + "; ") + "Names another person (" + names + ")";
		}
		return Item.forReview(e.category(), e.sourceAgencyName(), e.occurredOn().toString(),
				(e.corrected() ? "CORRECTED, not a current fact. " : "")
				+ e.type().label() + ", " + e.kind().label().toLowerCase(Locale.UK) + ": " + e.summary()
				+ (e.provenance() == null ? "" : " (source: " + e.provenance() + ")") + " Recorded by " + e.authorName() + "."
				+ trail(e.trail()), why);
	}

	/**
	 * The correction trail, whole: the person is owed what the agencies hold, including what they got wrong and why they
	 * said so.
	 */
	private static String trail(ChronologyEntry.Trail t) {
		String text = "";
		if (t.corrects() != null) {
			text += " Corrects the entry of " + t.correctsOccurredOn()
					+ (t.correctsReason() == null ? "." : ": " + t.correctsReason());
		}
		if (t.correctedAt() != null) {
			text += " Corrected on " + t.correctedAt().atZone(LONDON).toLocalDate() + " by " + t.correctedByName() + ": "
					+ t.correctionReason();
		}
		return text;
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		for (InformationCategory category : expired) {
			List<String> ids = jdbc.sql("select id::text from chronology_entry where person_id = ? and category = ?")
				.params(personId, category.name())
				.query((rs, n) -> rs.getString("id"))
				.list();
			for (String id : ids) {
				jdbc.sql("delete from chronology_entry where id = cast(? as uuid)").param(id).update();
				removals.removed(personId, "CHRONOLOGY_ENTRY", id, category);
			}
		}
	}

}
