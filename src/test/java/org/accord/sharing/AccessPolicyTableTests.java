package org.accord.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.identity.Agencies;
import org.accord.identity.AgencyType;
import org.accord.people.Merges;
import org.accord.people.People;
import org.accord.people.Relationships;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access policy as a table: every role × relation of the viewer's agency to the person × sharing
 * state × category. For each cell it asserts whether the viewer sees the category as recorded by their
 * own agency, by an agency that shares an agreement with theirs, and by one that does not.
 *
 * <p>The two tables below must name every role and every category: adding either without deciding its
 * row fails {@link #theTablesNameEveryRoleAndCategory()}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPolicyTableTests {

	/** What a role may do with case content: see its own agency's records and what is shared with it, or the index with a reason. */
	record RoleRow(boolean caseworker, boolean indexWithReason) {
	}

	static final Map<Role, RoleRow> ROLES = new EnumMap<>(Map.of(
			Role.PRACTITIONER, new RoleRow(true, false),
			Role.AGENCY_MANAGER, new RoleRow(true, false),
			Role.MEETING_COORDINATOR, new RoleRow(false, false),
			Role.CHAIR, new RoleRow(false, false),
			Role.PARTNERSHIP_LEAD, new RoleRow(false, false),
			Role.INFORMATION_GOVERNANCE, new RoleRow(false, true),
			Role.ADMINISTRATOR, new RoleRow(false, true)));

	/** Whether the fixture's consent, its agreement and its approved decision name the category. */
	record CategoryRow(boolean inConsent, boolean inAgreement, boolean inDecision) {
	}

	static final Map<InformationCategory, CategoryRow> CATEGORIES = new EnumMap<>(Map.of(
			InformationCategory.CORE_PROFILE, new CategoryRow(true, true, false),
			InformationCategory.CONTACT, new CategoryRow(false, true, true),
			InformationCategory.RISK, new CategoryRow(true, true, true),
			InformationCategory.MENTAL_HEALTH, new CategoryRow(true, true, false),
			InformationCategory.SEXUAL_HEALTH, new CategoryRow(false, true, false),
			InformationCategory.SUBSTANCE_USE, new CategoryRow(true, false, false),
			InformationCategory.CRIMINAL_JUSTICE, new CategoryRow(false, false, true),
			InformationCategory.CHILDREN, new CategoryRow(true, true, true),
			InformationCategory.HOUSING, new CategoryRow(false, true, false),
			InformationCategory.CONFIDENTIAL_LOCATION, new CategoryRow(true, true, true)));

	enum Relation {
		INVOLVED, PREVIOUSLY_INVOLVED, NOT_INVOLVED
	}

	/**
	 * What is recorded about the person besides the involvements. Every consent is the partner's, to the
	 * viewer's agency, unless the state says otherwise: a holder's records come only once it confirms; a
	 * consent the viewer's own agency recorded naming itself shares nothing; an ended agreement covers
	 * nothing; a consent on a record merged into this one counts; a perpetrator's relationship grants nothing.
	 */
	enum State {
		NOTHING, CONSENT, CONSENT_WITHDRAWN, CONSENT_EXPIRED, DECISION_APPROVED, DECISION_PENDING, DECISION_EXPIRED, DO_NOT_SHARE,
		REASON_GIVEN, HOLDER_PENDING, HOLDER_CONFIRMED, HOLDER_DECLINED, RECORDER_AS_RECIPIENT, AGREEMENT_ENDED, MERGED_CONSENT,
		PERPETRATOR_OF_KNOWN_VICTIM
	}

	static final Set<State> PARTNER_CONSENTS = EnumSet.of(State.CONSENT, State.HOLDER_PENDING, State.HOLDER_CONFIRMED, State.HOLDER_DECLINED,
			State.MERGED_CONSENT);

	@Autowired
	AccessPolicy policy;

	@Autowired
	People people;

	@Autowired
	Merges merges;

	@Autowired
	Relationships relationships;

	@Autowired
	Agencies agencies;

	@Autowired
	Consents consents;

	@Autowired
	SharingAgreements agreements;

	@Autowired
	SharingDecisions decisions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	UUID viewer;

	UUID partner;

	UUID stranger;

	UUID holder;

	UUID ended;

	final Map<Relation, Map<State, UUID>> persons = new EnumMap<>(Relation.class);

	@BeforeAll
	void fixture() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		viewer = agency("Viewer " + run);
		partner = agency("Partner " + run);
		stranger = agency("Stranger " + run);
		holder = agency("Holder " + run);
		ended = agency("Ended " + run);
		LocalDate today = LocalDate.now(clock);
		Set<InformationCategory> agreed = EnumSet.noneOf(InformationCategory.class);
		CATEGORIES.forEach((c, row) -> {
			if (row.inAgreement()) {
				agreed.add(c);
			}
		});
		agreements.create(new SharingAgreement.Draft("Table " + run, "Testing", "Testing", agreed, today.plusYears(1),
				List.of(new SharingAgreement.Party(viewer, null, "Head", today), new SharingAgreement.Party(partner, null, "Head", today),
						new SharingAgreement.Party(holder, null, "Head", today))), null);
		UUID old = agreements.create(new SharingAgreement.Draft("Ended " + run, "Testing", "Testing", agreed, today.plusYears(1),
				List.of(new SharingAgreement.Party(viewer, null, "Head", today), new SharingAgreement.Party(ended, null, "Head", today))), null);
		agreements.end(old, 0);
		for (Relation relation : Relation.values()) {
			Map<State, UUID> byState = new EnumMap<>(State.class);
			for (State state : State.values()) {
				UUID person = people.create(new People.Draft("Table", relation + " " + state, LocalDate.of(1980, 1, 1), null, null), partner,
						"Practitioner", null);
				people.involve(person, stranger, "Practitioner", null);
				people.involve(person, holder, "Practitioner", null);
				people.involve(person, ended, "Practitioner", null);
				if (relation != Relation.NOT_INVOLVED) {
					people.involve(person, viewer, "Practitioner", null);
				}
				if (relation == Relation.PREVIOUSLY_INVOLVED) {
					jdbc.sql("update involvement set ended_on = ? where person_id = ? and agency_id = ?").params(today.minusDays(1), person, viewer)
						.update();
				}
				arrange(person, state, today);
				byState.put(state, person);
			}
			persons.put(relation, byState);
		}
	}

	@Test
	void theTablesNameEveryRoleAndCategory() {
		assertThat(ROLES.keySet()).containsExactlyInAnyOrder(Role.values());
		assertThat(CATEGORIES.keySet()).containsExactlyInAnyOrder(InformationCategory.values());
	}

	@Test
	void everyRoleRelationStateAndCategoryIsDecidedAsTheTableSays() {
		List<String> wrong = new ArrayList<>();
		int cells = 0;
		for (Role role : Role.values()) {
			RoleRow r = ROLES.get(role);
			AccordPrincipal user = new AccordPrincipal(UUID.randomUUID(), "table", "Table user", viewer, "Viewer", Set.of(role));
			for (Relation relation : Relation.values()) {
				for (State state : State.values()) {
					UUID person = persons.get(relation).get(state);
					AccessDecision decision = policy.evaluate(user, person, state == State.REASON_GIVEN ? "Correcting the index, ticket 42" : null);
					boolean anything = false;
					for (InformationCategory category : InformationCategory.values()) {
						CategoryRow c = CATEGORIES.get(category);
						boolean own = r.caseworker() && relation != Relation.NOT_INVOLVED;
						boolean shareable = r.caseworker() && category != InformationCategory.CONFIDENTIAL_LOCATION;
						boolean shared = shareable && ((PARTNER_CONSENTS.contains(state) && c.inConsent() && c.inAgreement())
								|| (state == State.DECISION_APPROVED && c.inDecision()));
						boolean fromHolder = shareable && state == State.HOLDER_CONFIRMED && c.inConsent() && c.inAgreement();
						boolean index = category == InformationCategory.CORE_PROFILE
								&& (own || shared || fromHolder || (r.indexWithReason() && state == State.REASON_GIVEN));
						cells++;
						expect(wrong, role, relation, state, category, "own records", own, decision.canSee(category, viewer));
						expect(wrong, role, relation, state, category, "partner's records", shared, decision.canSee(category, partner));
						expect(wrong, role, relation, state, category, "records of an agency without an agreement", false,
								decision.canSee(category, stranger));
						expect(wrong, role, relation, state, category, "a holder's records", fromHolder, decision.canSee(category, holder));
						expect(wrong, role, relation, state, category, "records under an ended agreement", false, decision.canSee(category, ended));
						expect(wrong, role, relation, state, category, "anything", own || shared || fromHolder || index, decision.canSee(category));
						anything |= own || shared || fromHolder || index;
					}
					if (anything != decision.anyVisible()) {
						wrong.add(role + " " + relation + " " + state + ": anyVisible " + decision.anyVisible());
					}
					if (!decision.anyVisible() && policy.mayKnow(user, person)) {
						wrong.add(role + " " + relation + " " + state + ": learns the person exists with nothing visible");
					}
				}
			}
		}
		assertThat(cells).isEqualTo(Role.values().length * Relation.values().length * State.values().length * InformationCategory.values().length);
		assertThat(wrong).isEmpty();
	}

	@Test
	void aConsentWithoutAnAgreementSaysWhyNothingIsShared() {
		AccordPrincipal user = new AccordPrincipal(UUID.randomUUID(), "table", "Table user", viewer, "Viewer", Set.of(Role.PRACTITIONER));
		AccessDecision decision = policy.evaluate(user, persons.get(Relation.NOT_INVOLVED).get(State.CONSENT), null);
		assertThat(decision.withheld().get(InformationCategory.SUBSTANCE_USE)).contains("no active information-sharing agreement");
		assertThat(decision.visible().get(InformationCategory.RISK)).contains("Consent recorded by Partner").contains("under Table");
		assertThat(decision.withheld().get(InformationCategory.CONFIDENTIAL_LOCATION)).contains("Only the agency that recorded it");
	}

	private void arrange(UUID person, State state, LocalDate today) {
		Set<InformationCategory> consented = EnumSet.noneOf(InformationCategory.class);
		Set<InformationCategory> decided = EnumSet.noneOf(InformationCategory.class);
		CATEGORIES.forEach((c, row) -> {
			if (row.inConsent()) {
				consented.add(c);
			}
			if (row.inDecision()) {
				decided.add(c);
			}
		});
		switch (state) {
			case HOLDER_PENDING, HOLDER_CONFIRMED, HOLDER_DECLINED -> {
				UUID consent = consents.record(new Consent.Draft(person, consented, Set.of(viewer), "Safety", Consent.HowGiven.WRITTEN, null,
						today.minusMonths(2), null, null, partner, Set.of(holder)));
				if (state != State.HOLDER_PENDING) {
					jdbc.sql("update consent_holder set status = ?, reason = 'Not safe' where consent_id = ? and agency_id = ?")
						.params(state == State.HOLDER_CONFIRMED ? "CONFIRMED" : "DECLINED", consent, holder).update();
				}
			}
			case RECORDER_AS_RECIPIENT -> {
				UUID consent = consents.record(new Consent.Draft(person, consented, Set.of(viewer), "Safety", Consent.HowGiven.WRITTEN, null,
						today.minusMonths(2), null, null, viewer, Set.of(partner)));
				jdbc.sql("update consent_holder set status = 'CONFIRMED' where consent_id = ?").param(consent).update();
			}
			case AGREEMENT_ENDED -> consents.record(new Consent.Draft(person, consented, Set.of(viewer), "Safety", Consent.HowGiven.WRITTEN, null,
					today.minusMonths(2), null, null, ended));
			case MERGED_CONSENT -> {
				UUID duplicate = people.create(new People.Draft("Table", "Duplicate", LocalDate.of(1980, 1, 1), null, null), partner, "Practitioner",
						null);
				consents.record(new Consent.Draft(duplicate, consented, Set.of(viewer), "Safety", Consent.HowGiven.WRITTEN, null,
						today.minusMonths(2), null, null, partner));
				merges.merge(person, duplicate, "Same person", null);
			}
			case PERPETRATOR_OF_KNOWN_VICTIM -> {
				UUID victim = people.create(new People.Draft("Table", "Victim", LocalDate.of(1982, 2, 2), null, null), viewer, "Practitioner", null);
				relationships.relate(victim, person, org.accord.people.RelationshipType.PERPETRATOR, viewer);
			}
			case CONSENT, CONSENT_WITHDRAWN, CONSENT_EXPIRED -> {
				UUID consent = consents.record(new Consent.Draft(person, consented, Set.of(viewer), "Safety", Consent.HowGiven.WRITTEN, null,
						today.minusMonths(2), state == State.CONSENT_EXPIRED ? today.minusDays(1) : null, null, partner));
				if (state == State.CONSENT_WITHDRAWN) {
					consents.withdraw(consent, "Changed her mind", null);
				}
			}
			case DECISION_APPROVED, DECISION_PENDING, DECISION_EXPIRED, DO_NOT_SHARE -> {
				boolean share = state != State.DO_NOT_SHARE;
				UUID decision = decisions.request(new SharingDecision.Draft(person, share ? SharingDecision.Kind.SHARE : SharingDecision.Kind.DO_NOT_SHARE,
						share ? SharingGrounds.SERIOUS_HARM_TO_PERSON : null, decided, partner, viewer, "Necessary and proportionate", true, null,
						null));
				if (state == State.DECISION_APPROVED || state == State.DECISION_EXPIRED) {
					UUID ig = jdbc.sql("select id from app_user where username = 'ig'").query(UUID.class).single();
					decisions.decide(decision, new AccordPrincipal(ig, "ig", "IG", partner, "Partner",
							Set.of(Role.INFORMATION_GOVERNANCE)), true, null);
				}
				if (state == State.DECISION_EXPIRED) {
					jdbc.sql("update sharing_decision set expires_on = ? where id = ?").params(today.minusDays(1), decision).update();
				}
			}
			default -> {
			}
		}
	}

	private UUID agency(String name) {
		UUID id = UUID.randomUUID();
		agencies.create(id, name, AgencyType.values()[0]);
		return id;
	}

	private static void expect(List<String> wrong, Role role, Relation relation, State state, InformationCategory category, String what,
			boolean expected, boolean actual) {
		if (expected != actual) {
			wrong.add(role + " " + relation + " " + state + " " + category + " " + what + ": expected " + expected + " but was " + actual);
		}
	}

}
