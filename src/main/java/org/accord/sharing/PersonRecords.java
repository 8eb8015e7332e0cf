package org.accord.sharing;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What every module holding data about a person implements, so that nothing it holds is left out of a
 * subject access export or outlives its retention period. A new module plugs in by implementing this;
 * an architecture test fails for a module whose tables hold person data and that does not.
 */
public interface PersonRecords {

	/**
	 * One thing held, as the export shows it: marked for review when it names another person, gives an opinion or could
	 * put someone at risk.
	 */
	record Item(String category, String source, String date, String text, boolean review, String reviewReason) {

		public static Item plain(InformationCategory category, String source, String date, String text) {
			return new Item(category.name(), source, date, text, false, null);
		}

		public static Item forReview(InformationCategory category, String source, String date, String text, String why) {
			return new Item(category.name(), source, date, text, why != null, why);
		}

	}

	/** The other people linked to the person, whose names in a record mark it for review. */
	interface OtherPeople {

		/** The names of other people the text mentions, or null. */
		String mentionedIn(String text);

	}

	/** Where a module reports each record it removed: listed and audited by the retention run, never its content. */
	interface Removals {

		void removed(UUID personId, String recordType, String recordId, InformationCategory category);

	}

	/** The heading of these records in the export. */
	String title();

	/** Where the section comes in the export: lower first. */
	int order();

	/** Everything held about the person, for the subject access export. */
	List<Item> heldAbout(UUID personId, OtherPeople others);

	/**
	 * Removes the person's records of the categories whose retention period is over, reporting each. When
	 * {@code expired} holds every category, nobody works with the person and every period is over: remove
	 * everything, as the person record itself goes next.
	 */
	void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals);

}
