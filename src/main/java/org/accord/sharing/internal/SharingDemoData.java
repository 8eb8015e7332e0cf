package org.accord.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.platform.DemoMode;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.SharingAgreement;
import org.accord.sharing.SharingAgreements;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partnership's information-sharing agreement, and Sylvia's consents as in
 * shared/docs/demo-scenario.md: core profile, risk and children with the agencies that work with her
 * (the parenting service only the core profile); mental health and substance use only with the GP, the
 * mental health team, the alcohol service and Safer Futures. Each consent names the agencies whose
 * records it shares, and every one of them has confirmed.
 */
@Component
@Order(40)
class SharingDemoData implements ApplicationRunner {

	private final SharingAgreements agreements;

	private final Consents consents;

	private final JdbcClient jdbc;

	private final DemoMode demo;

	private final Clock clock;

	SharingDemoData(SharingAgreements agreements, Consents consents, JdbcClient jdbc, DemoMode demo, Clock clock) {
		this.agreements = agreements;
		this.consents = consents;
		this.jdbc = jdbc;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.createOnce(4242004, () -> count("select count(*) from sharing_agreement") == 0
				&& count("select count(*) from person where given_name = 'Sylvia' and family_name = 'Smith'") > 0, this::create);
	}

	private void create() {
		LocalDate today = LocalDate.now(clock);
		List<UUID> all = jdbc.sql("select id from agency where enabled order by name").query(UUID.class).list();
		UUID admin = user("admin");
		agreements.create(new SharingAgreement.Draft("Northshire domestic abuse and MARAC information-sharing agreement",
				"Keeping adults and children at risk of domestic abuse safe: risk identification, referral, MARAC, safety "
				+ "planning and joint care",
				"UK GDPR Article 6(1)(e) public task and 6(1)(d) vital interests; Article 9(2)(g) substantial public "
				+ "interest with DPA 2018"
						+ " Schedule 1 paragraph 18 (safeguarding); Crime and Disorder Act 1998 section 115; Children Act "
						+ "1989 and 2004 duties",
				EnumSet.complementOf(EnumSet.of(InformationCategory.CONFIDENTIAL_LOCATION)), today.plusMonths(10),
				all.stream().map(a -> new SharingAgreement.Party(a, null, "Head of service", today.minusMonths(2))).toList()),
				admin);

		UUID sylvia = jdbc.sql("select id from person where given_name = 'Sylvia' and family_name = 'Smith' "
				+ "and date_of_birth = '1987-12-04'")
			.query(UUID.class).single();
		UUID saferFutures = agency("Safer Futures");
		UUID parenting = agency("Northshire Parenting Service");
		UUID mentalHealth = agency("Northshire Community Mental Health Team");
		UUID alcohol = agency("Northshire Family Alcohol Service");
		UUID gp = agency("Riverside Medical Practice");
		LocalDate given = today.minusMonths(4).plusDays(12);
		// The agencies that work with her; the partnership's own office and those not involved hold nothing of hers.
		Set<UUID> involved = jdbc.sql("select distinct agency_id from involvement where person_id = ?").param(sylvia)
			.query(UUID.class).list()
			.stream().collect(Collectors.toSet());
		Set<UUID> partnership = involved.stream().filter(a -> !a.equals(parenting)).collect(Collectors.toSet());
		// Being under the mental health team or the alcohol service is itself health information: their records are shared
		// only under the
		// health consents, so the police, housing and the parenting service do not learn of them.
		Set<UUID> safetyHolders = involved.stream().filter(a -> !a.equals(mentalHealth) && !a.equals(alcohol))
			.collect(Collectors.toSet());
		Set<InformationCategory> safety = EnumSet.of(InformationCategory.CORE_PROFILE, InformationCategory.RISK,
				InformationCategory.CHILDREN);
		Set<InformationCategory> health = EnumSet.of(InformationCategory.MENTAL_HEALTH, InformationCategory.SUBSTANCE_USE);
		String forSafety = "Her safety and the children's: risk assessment, MARAC and safety planning";
		consent(sylvia, safety, without(partnership, saferFutures), safetyHolders, forSafety, Consent.HowGiven.WRITTEN, given,
				"idva", saferFutures);
		consent(sylvia, EnumSet.of(InformationCategory.CORE_PROFILE), Set.of(parenting), safetyHolders,
				"Arranging the parenting group", Consent.HowGiven.VERBAL, given, "idva", saferFutures);
		// Jane referred her to Safer Futures with her agreement, so the partnership's records reach the IDVA too.
		consent(sylvia, safety, Set.of(saferFutures), without(involved, saferFutures), forSafety, Consent.HowGiven.VERBAL,
				given.minusDays(3), "drugworker", alcohol);
		consent(sylvia, health, Set.of(gp, alcohol, saferFutures), Set.of(mentalHealth, alcohol, gp),
				"Joined-up care for her mental health and drinking", Consent.HowGiven.WRITTEN, given, "cpn", mentalHealth);
		consent(sylvia, health, Set.of(mentalHealth), Set.of(alcohol, gp),
				"Joined-up care for her mental health and drinking", Consent.HowGiven.WRITTEN, given, "drugworker", alcohol);
	}

	/** A consent of Sylvia's, recorded by one agency, that every holder it names has confirmed (demo-scenario.md). */
	private void consent(UUID person, Set<InformationCategory> categories, Set<UUID> recipients, Set<UUID> holders,
			String purpose, Consent.HowGiven how, LocalDate given, String recorder, UUID recordingAgency) {
		UUID id = consents.record(new Consent.Draft(person, categories, recipients, purpose, how, null, given, null,
				user(recorder), recordingAgency, without(holders, recordingAgency)));
		jdbc.sql("update consent_holder set status = 'CONFIRMED', decided_at = now() where consent_id = ? "
				+ "and status = 'PENDING'").param(id)
			.update();
	}

	private static Set<UUID> without(Set<UUID> agencies, UUID agency) {
		return agencies.stream().filter(a -> !a.equals(agency)).collect(Collectors.toSet());
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private UUID agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	private UUID user(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).optional()
			.orElse(null);
	}

}
