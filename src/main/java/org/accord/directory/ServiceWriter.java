package org.accord.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.accord.platform.web.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a service's rows from a draft: the service, its areas and opening times, its search text and the words it
 * adds to the search's dictionary, always together, so search never finds a service by what it no longer says.
 * Who may write is for {@link Services} to decide; this runs in its transaction.
 */
@Component
class ServiceWriter {

	private final JdbcClient jdbc;

	private final Clock clock;

	ServiceWriter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(UUID id, ServiceDraft draft) {
		jdbc.sql("insert into service (id, agency_id, name, needs, referral_routes, last_verified_on) "
				+ "values (?, ?, ?, '{}', '{}', ?)")
			.params(id, draft.agencyId(), draft.name(),
					draft.lastVerifiedOn() != null ? draft.lastVerifiedOn() : LocalDate.now(clock))
			.update();
		write(id, draft);
	}

	/** Changes the service if nobody else has since {@code version}; otherwise changes nothing. */
	void update(UUID id, int version, ServiceDraft draft) {
		int rows = jdbc.sql("update service set version = version + 1, updated_at = now() where id = ? and version = ?")
			.params(id, version)
			.update();
		if (rows == 0) {
			throw new ConflictException("This service was changed by someone else since you opened it; nothing was saved");
		}
		write(id, draft);
	}

	void markVerified(UUID id) {
		jdbc.sql("update service set last_verified_on = ?, updated_at = now() where id = ?").params(LocalDate.now(clock), id)
			.update();
	}

	/** Stating capacity is checking the entry too: the agency looked at it today. */
	void stateCapacity(UUID id, Capacity capacity) {
		jdbc.sql("update service set capacity = ?, capacity_on = ?, updated_at = now() where id = ?")
			.params(capacity.name(), LocalDate.now(clock), id)
			.update();
	}

	private void write(UUID id, ServiceDraft d) {
		String agencyName = jdbc.sql("select name from agency where id = ?").param(d.agencyId()).query(String.class).single();
		Address address = d.address() == null ? new Address(null, null, null, null) : d.address();
		jdbc.sql("""
				update service set agency_id = :agency, name = :name, description = :description,
				  needs = cast(:needs as varchar[]), referral_criteria = :criteria, min_age = :minAge, max_age = :maxAge,
				  gender_served = :gender, accepts_children = :children, referral_routes = cast(:routes as varchar[]),
				  how_to_refer = :howToRefer, referral_phone = :referralPhone, referral_email = :referralEmail,
				  waiting_time_days = :waiting, opening_hours_note = :hoursNote, languages = cast(:languages as varchar[]),
				  accessibility = :accessibility, cost = :cost, phone = :phone, email = :email, website = :website,
				  address_line1 = :line1, address_line2 = :line2, town = :town, postcode = :postcode,
				  address_confidential = :confidential, safety_constraints = :safety, status = :status,
				  owner_user_id = :owner, last_verified_on = coalesce(:verified, last_verified_on), search_text = :searchText
				where id = :id""")
			.param("agency", d.agencyId())
			.param("name", d.name())
			.param("description", d.description() == null ? "" : d.description())
			.param("needs", d.needs().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("criteria", d.referralCriteria())
			.param("minAge", d.minAge())
			.param("maxAge", d.maxAge())
			.param("gender", (d.genderServed() == null ? GenderServed.ANY : d.genderServed()).name())
			.param("children", d.acceptsChildren())
			.param("routes", d.referralRoutes().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("howToRefer", d.howToRefer())
			.param("referralPhone", d.referralPhone())
			.param("referralEmail", d.referralEmail())
			.param("waiting", d.waitingTimeDays())
			.param("hoursNote", d.openingHoursNote())
			.param("languages", d.languages() == null ? new String[0] : d.languages().toArray(String[]::new))
			.param("accessibility", d.accessibility())
			.param("cost", d.cost())
			.param("phone", d.phone())
			.param("email", d.email())
			.param("website", d.website())
			.param("line1", address.line1())
			.param("line2", address.line2())
			.param("town", address.town())
			.param("postcode", address.postcode())
			.param("confidential", d.addressConfidential())
			.param("safety", d.safetyConstraints())
			.param("status", d.active() ? "ACTIVE" : "INACTIVE")
			.param("owner", d.ownerUserId())
			.param("verified", d.lastVerifiedOn())
			.param("searchText", ServiceSearch.searchText(d, agencyName))
			.param("id", id)
			.update();
		jdbc.sql("insert into service_term (term) select distinct unnest(cast(:terms as varchar[])) on conflict do nothing")
			.param("terms", ServiceSearch.dictionaryTerms(ServiceSearch.searchText(d, agencyName)).toArray(String[]::new))
			.update();
		jdbc.sql("delete from service_area where service_id = ?").param(id).update();
		for (UUID area : d.areaIds()) {
			jdbc.sql("insert into service_area (service_id, area_id) values (?, ?)").params(id, area).update();
		}
		jdbc.sql("delete from service_schedule where service_id = ?").param(id).update();
		for (OpeningTime t : d.openingTimes() == null ? List.<OpeningTime>of() : d.openingTimes()) {
			jdbc.sql("insert into service_schedule (id, service_id, day_of_week, opens_at, closes_at) values (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, t.day().getValue(), t.opens(), t.closes())
				.update();
		}
	}

}
