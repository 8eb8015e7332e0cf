package org.accord.sharing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ground 2 of the access policy: consent to the user's agency shows a category as recorded by each of
 * the consent's holders that has confirmed it (the recording agency at once), where an active
 * information-sharing agreement covers the user's agency, that holder and the category.
 */
final class ConsentGrounds {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** An active agreement: its title, its categories and its parties. */
	private record Agreement(String title, Set<InformationCategory> categories, Set<UUID> parties) {
	}

	private record Grant(UUID consentId, Set<InformationCategory> categories, String recorder, LocalDate givenOn,
			LocalDate expiresOn, UUID holder, String holderName, String holderStatus) {
	}

	private ConsentGrounds() {
	}

	static void apply(JdbcClient jdbc, List<UUID> recordAndMerged, UUID agency, LocalDate today, Grants grants) {
		List<Grant> rows = jdbc.sql("""
				select c.id, c.categories, ra.name as recorder, c.given_on, c.expires_on, h.agency_id as holder, ha.name as
				  holder_name,
				  h.status as holder_status
				from consent c join consent_recipient r on r.consent_id = c.id join agency ra on ra.id = c.recorded_by_agency_id
				join consent_holder h on h.consent_id = c.id join agency ha on ha.id = h.agency_id
				where c.person_id in (:people) and r.agency_id = :agency and c.recorded_by_agency_id <> :agency
				  and c.withdrawn_at is null
				  and (c.expires_on is null or c.expires_on >= :today)
				order by c.given_on, ha.name""")
			.param("people", recordAndMerged).param("agency", agency).param("today", today)
			.query((rs, n) -> new Grant(rs.getObject("id", UUID.class),
					categories((String[]) rs.getArray("categories").getArray()), rs.getString("recorder"),
					rs.getObject("given_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
					rs.getObject("holder", UUID.class), rs.getString("holder_name"), rs.getString("holder_status")))
			.list();
		if (rows.isEmpty()) {
			return;
		}
		List<Agreement> agreements = agreements(jdbc, agency);
		for (Grant row : rows) {
			for (InformationCategory category : row.categories()) {
				if (category == InformationCategory.CONFIDENTIAL_LOCATION) {
					continue;
				}
				if (!"CONFIRMED".equals(row.holderStatus())) {
					grants.refuse(category, "The person consented, but " + row.holderName() + (row.holderStatus().equals("DECLINED")
							? " declined to share its records" : " has not yet confirmed that its records may be shared"));
					continue;
				}
				List<String> titles = agreements.stream()
					.filter(a -> a.categories().contains(category) && a.parties().contains(row.holder()))
					.map(Agreement::title)
					.toList();
				if (titles.isEmpty()) {
					grants.refuse(category, "The person consented, but no active information-sharing agreement covers your agency, "
							+ row.holderName() + " and " + category.label().toLowerCase(Locale.UK));
					continue;
				}
				grants.grant(category, "Consent recorded by " + row.recorder() + " on " + DAY.format(row.givenOn())
						+ (row.expiresOn() == null ? "" : ", valid to " + DAY.format(row.expiresOn())) + ", sharing the records of "
						+ row.holderName() + " under " + String.join(", ", titles), Set.of(row.holder()));
			}
		}
	}

	/** The active agreements the user's agency is a party to. */
	private static List<Agreement> agreements(JdbcClient jdbc, UUID agency) {
		Map<UUID, Agreement> byId = new LinkedHashMap<>();
		jdbc.sql("""
				select s.id, s.title, s.categories, p.agency_id
				from sharing_agreement s join sharing_agreement_party p on p.agreement_id = s.id
				where s.status = 'ACTIVE' and exists (select 1 from sharing_agreement_party mine where mine.agreement_id = s.id
				                                      and mine.agency_id = :agency)
				order by s.title""")
			.param("agency", agency)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				byId.computeIfAbsent(id, k -> {
					try {
						return new Agreement(rs.getString("title"), categories((String[]) rs.getArray("categories").getArray()),
								new HashSet<>());
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
				}).parties().add(rs.getObject("agency_id", UUID.class));
				return id;
			})
			.list();
		return new ArrayList<>(byId.values());
	}

	static Set<InformationCategory> categories(String[] names) {
		Set<InformationCategory> set = EnumSet.noneOf(InformationCategory.class);
		Arrays.stream(names).map(InformationCategory::valueOf).forEach(set::add);
		return set;
	}

}
