package org.accord.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accord.people.Appointment;
import org.accord.people.Appointments;
import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.people.People;
import org.accord.people.Profiles;
import org.accord.people.ConfidentialLocations;
import org.accord.people.Relationships;
import org.accord.people.Person;
import org.accord.people.ProfileValue;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingDecisions;

import org.springframework.stereotype.Component;

/**
 * Everything held about a person across agencies, for a subject access request. Whatever names another
 * person, gives an agency's professional opinion, or could put someone at risk if released is marked
 * for the information governance lead to review before anything leaves.
 */
@Component
class SubjectAccess {

	/** One thing held, where it came from, and whether it must be reviewed before release and why. */
	record Item(String category, String source, String date, String text, boolean review, String reviewReason) {
	}

	record Section(String title, List<Item> items) {
	}

	record Export(String personId, String name, LocalDate dateOfBirth, String reference, String producedBy, Instant producedAt,
			int forReview, List<Section> sections) {
	}

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final People people;

	private final Profiles profiles;

	private final ConfidentialLocations locations;

	private final Relationships relationships;

	private final Chronology chronology;

	private final Appointments appointments;

	private final Consents consents;

	private final SharingDecisions decisions;

	SubjectAccess(People people, Profiles profiles, ConfidentialLocations locations, Relationships relationships, Chronology chronology, Appointments appointments, Consents consents, SharingDecisions decisions) {
		this.people = people;
		this.profiles = profiles;
		this.locations = locations;
		this.relationships = relationships;
		this.chronology = chronology;
		this.appointments = appointments;
		this.consents = consents;
		this.decisions = decisions;
	}

	Export gather(Person person, String reference, String producedBy, Instant producedAt) {
		UUID id = person.id();
		List<String> others = new ArrayList<>();
		List<Item> related = new ArrayList<>();
		for (var r : relationships.relationships(id)) {
			people.find(r.relatedPersonId()).ifPresent(p -> {
				others.add(p.givenName() + " " + p.familyName());
				others.add(p.givenName());
				related.add(new Item("CORE_PROFILE", null, null, r.type().name().toLowerCase(Locale.UK).replace('_', ' ') + ": "
						+ p.givenName() + " " + p.familyName(), true, "Names another person"));
			});
		}
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("Profile", profiles.profile(id).values().stream()
			.map(v -> item(v))
			.toList()));
		sections.add(new Section("Agencies involved", people.involvements(id).stream()
			.map(i -> involvement(i, others))
			.toList()));
		people.leadProfessional(id).ifPresent(l -> sections.add(new Section("Lead professional", List.of(new Item("CORE_PROFILE", l.agencyName(),
				day(l.recordedAt()), (l.workerName() == null ? "" : l.workerName() + ", ") + l.agencyName() + "; agreed by " + l.agreedBy(), false, null)))));
		sections.add(new Section("Household and relationships", related));
		sections.add(new Section("Chronology", chronology.entries(id, Chronology.Filter.ALL).stream()
			.map(e -> entry(e, others))
			.toList()));
		sections.add(new Section("Appointments", appointments.between(id, Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"))
			.stream()
			.map(a -> appointment(a, others))
			.toList()));
		sections.add(new Section("Consents", consents.forPerson(id).stream().map(SubjectAccess::consent).toList()));
		sections.add(new Section("Sharing decisions", decisions.forPerson(id).stream().map(SubjectAccess::decision).toList()));
		sections.add(new Section("Confidential locations", locations.forSubjectAccess(id).stream()
			// The address itself never leaves the agency that holds it, not even to governance: the item says who to ask.
			.map(l -> new Item("CONFIDENTIAL_LOCATION", l.agencyName(), day(l.updatedAt()), "A confidential location is held by " + l.agencyName()
					+ ". Only they can add it to the response.", true, "Confidential location: ask " + l.agencyName() + " whether releasing it is safe"))
			.toList()));
		int forReview = (int) sections.stream().flatMap(s -> s.items().stream()).filter(Item::review).count();
		return new Export(id.toString(), person.givenName() + " " + person.familyName(), person.dateOfBirth(), reference, producedBy, producedAt,
				forReview, sections);
	}

	private static Item item(ProfileValue v) {
		return new Item(v.field().category().name(), v.sourceAgencyName(), v.updatedAt() == null ? null : day(v.updatedAt()),
				v.field().label() + ": " + v.value(), false, null);
	}

	/** A record of a confidential location, which never leaves the agency that holds it: the item names the holder only. */
	private static Item heldLocation(String holder, String date) {
		return new Item("CONFIDENTIAL_LOCATION", holder, date, "A record about a confidential location is held by " + holder
				+ ". Only they can add it to the response.", true, "Confidential location: ask " + holder + " whether releasing it is safe");
	}

	private static Item entry(ChronologyEntry e, List<String> others) {
		if (e.category() == org.accord.sharing.InformationCategory.CONFIDENTIAL_LOCATION) {
			return heldLocation(e.sourceAgencyName(), e.occurredOn().toString());
		}
		String names = mentions(e.summary() + " " + (e.provenance() == null ? "" : e.provenance()), others);
		boolean opinion = e.kind() == ChronologyEntry.Kind.OPINION;
		String why = opinion ? "Professional opinion of " + e.sourceAgencyName() + ": check that releasing it is safe" : null;
		if (names != null) {
			why = (why == null ? "" : why + "; ") + "Names another person (" + names + ")";
		}
		return new Item(e.category().name(), e.sourceAgencyName(), e.occurredOn().toString(), e.type().label() + ", " + e.kind().label().toLowerCase(Locale.UK)
				+ ": " + e.summary() + (e.provenance() == null ? "" : " (source: " + e.provenance() + ")") + " Recorded by " + e.authorName() + ".",
				why != null, why);
	}

	/** Why an agency joined and ended are in its own words, which may name someone else: then it is for review. */
	private static Item involvement(org.accord.people.Involvement i, List<String> others) {
		String text = i.role() + (i.workerName() == null ? "" : ", " + i.workerName())
				+ (i.grounds() == null ? "" : ". Joined: " + i.grounds().label() + (i.reason() == null ? "" : ", " + i.reason()))
				+ (i.endReason() == null ? "" : ". Ended: " + i.endReason() + "; support in place: " + i.ongoingSupport());
		String names = mentions(text, others);
		return new Item(i.category().name(), i.agencyName(), i.startedOn() + (i.endedOn() == null ? "" : " to " + i.endedOn()), text,
				names != null, names == null ? null : "Names another person (" + names + ")");
	}

	private static Item appointment(Appointment a, List<String> others) {
		if (a.category() == org.accord.sharing.InformationCategory.CONFIDENTIAL_LOCATION) {
			return heldLocation(a.agencyName(), a.startsAt().atZone(ZONE).toLocalDate().toString());
		}
		String names = mentions(a.withWhom() + " " + a.purpose(), others);
		return new Item(a.category().name(), a.agencyName(), a.startsAt().atZone(ZONE).toLocalDateTime().toString().replace('T', ' '),
				a.withWhom() + ": " + a.purpose() + (a.location() == null ? "" : ", " + a.location()), names != null,
				names == null ? null : "Names another person (" + names + ")");
	}

	private static Item consent(Consent c) {
		return new Item("CORE_PROFILE", c.recordedByAgencyName(), c.givenOn().toString(), "Consent to share "
				+ c.categories().stream().map(x -> x.label().toLowerCase(Locale.UK)).toList() + " with "
				+ c.recipients().stream().map(Consent.Recipient::agencyName).toList() + " for " + c.purpose() + "; records of "
				+ c.holders().stream().map(h -> h.agencyName() + " (" + h.status().label().toLowerCase(Locale.UK)
						+ (h.reason() == null ? "" : ": " + h.reason()) + ")").toList()
				+ (c.withdrawnAt() != null ? "; withdrawn " + day(c.withdrawnAt()) + ": " + c.withdrawalReason() : ""), false, null);
	}

	private static Item decision(SharingDecision d) {
		String text = (d.decision() == SharingDecision.Kind.SHARE ? "Shared without consent" : "Decided not to share")
				+ " " + d.categories().stream().map(x -> x.label().toLowerCase(Locale.UK)).toList() + " from " + d.fromAgencyName() + " to "
				+ d.toAgencyName() + (d.grounds() == null ? "" : " (" + d.grounds().label() + ")") + ": " + d.justification() + ". " + d.status().label()
				+ ".";
		return new Item("CORE_PROFILE", d.fromAgencyName(), day(d.requestedAt()), text, !d.personTold(),
				d.personTold() ? null : "The person was not told, because: " + d.notToldReason());
	}

	/** Which of the other people's names the text mentions, or null. */
	private static String mentions(String text, List<String> names) {
		String lower = text.toLowerCase(Locale.UK);
		List<String> found = names.stream().filter(n -> lower.matches("(?s).*\\b" + java.util.regex.Pattern.quote(n.toLowerCase(Locale.UK)) + "\\b.*"))
			.distinct().toList();
		return found.isEmpty() ? null : String.join(", ", found);
	}

	private static String day(Instant instant) {
		return instant.atZone(ZONE).toLocalDate().toString();
	}

}
