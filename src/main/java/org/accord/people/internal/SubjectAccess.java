package org.accord.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.Relationships;
import org.accord.sharing.PersonRecords;

import org.springframework.stereotype.Component;

/**
 * Everything every module holds about a person, gathered from each {@link PersonRecords}, with what
 * must be checked before release marked: another person's name, a professional opinion, a location
 * that could put someone at risk. A new module's records join the export by implementing the interface.
 */
@Component
class SubjectAccess {

	record Section(String title, List<PersonRecords.Item> items) {
	}

	record Export(String personId, String name, LocalDate dateOfBirth, String reference, String producedBy,
			Instant producedAt, int forReview, List<Section> sections) {
	}

	private final People people;

	private final Relationships relationships;

	private final List<PersonRecords> records;

	SubjectAccess(People people, Relationships relationships, List<PersonRecords> records) {
		this.people = people;
		this.relationships = relationships;
		this.records = records.stream().sorted(Comparator.comparingInt(PersonRecords::order)).toList();
	}

	Export gather(Person person, String reference, String producedBy, Instant producedAt) {
		UUID id = person.id();
		PersonRecords.OtherPeople others = otherPeople(id);
		List<Section> sections = new ArrayList<>();
		for (PersonRecords r : records) {
			sections.add(new Section(r.title(), r.heldAbout(id, others)));
		}
		int forReview = (int) sections.stream().flatMap(s -> s.items().stream()).filter(PersonRecords.Item::review).count();
		return new Export(id.toString(), person.givenName() + " " + person.familyName(), person.dateOfBirth(), reference,
				producedBy, producedAt, forReview, sections);
	}

	/** The people related to this one: a record naming any of them is for review. */
	private PersonRecords.OtherPeople otherPeople(UUID id) {
		List<String> names = new ArrayList<>();
		for (var r : relationships.relationships(id)) {
			people.find(r.relatedPersonId()).ifPresent(p -> {
				names.add(p.givenName() + " " + p.familyName());
				names.add(p.givenName());
			});
		}
		return text -> {
			String lower = text.toLowerCase(Locale.UK);
			List<String> found = names.stream()
				.filter(n -> lower.matches("(?s).*\\b" + Pattern.quote(n.toLowerCase(Locale.UK)) + "\\b.*"))
				.distinct()
				.toList();
			return found.isEmpty() ? null : String.join(", ", found);
		};
	}

}
