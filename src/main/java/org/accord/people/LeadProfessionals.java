package org.accord.people;

import java.util.List;
import java.util.UUID;

import org.accord.identity.Notifications;
import org.accord.identity.UserDisabled;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person's single point of contact over time (003:114): who leads now, every lead before and why
 * each ended, and the handover when a named worker leaves.
 */
@Component
public class LeadProfessionals {

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final People people;

	LeadProfessionals(JdbcClient jdbc, Notifications notifications, People people) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.people = people;
	}

	/**
	 * Sets the lead professional, closing the one before in the history with why; the caller checks the
	 * agency is involved and audits the change.
	 */
	public void setLeadProfessional(UUID personId, UUID agencyId, UUID workerUserId, String agreedBy, UUID recordedBy) {
		// The reason does not name the next lead: a reader who may not know of that agency sees only that it was handed over.
		jdbc.sql("update lead_professional_history set ended_at = now(), end_reason = 'Handed over' where person_id = ? "
				+ "and ended_at is null")
			.param(personId)
			.update();
		jdbc.sql("""
				insert into lead_professional (person_id, agency_id, worker_user_id, agreed_by, recorded_by) values (?, ?, ?, ?, ?)
				on conflict (person_id) do update set agency_id = excluded.agency_id, worker_user_id = excluded.worker_user_id,
				  agreed_by = excluded.agreed_by, recorded_by = excluded.recorded_by, recorded_at = now()""")
			.params(personId, agencyId, workerUserId, agreedBy, recordedBy)
			.update();
		jdbc.sql("""
				insert into lead_professional_history (id, person_id, agency_id, worker_user_id, agreed_by, recorded_by, started_at)
				values (?, ?, ?, ?, ?, ?, now())""")
			.params(UUID.randomUUID(), personId, agencyId, workerUserId, agreedBy, recordedBy)
			.update();
	}

	/** One lead professional the person has had, newest first: who, who agreed it, and how it ended. */
	public record PastLead(UUID agencyId, String agencyName, String workerName, String agreedBy,
			java.time.Instant startedAt, java.time.Instant endedAt, String endReason) {
	}

	public List<PastLead> leadHistory(UUID personId) {
		return jdbc.sql("""
				select h.agency_id, a.name as agency_name, u.display_name, h.agreed_by, h.started_at, h.ended_at, h.end_reason
				from lead_professional_history h join agency a on a.id = h.agency_id left join app_user u on u.id = h.worker_user_id
				where h.person_id in """ + People.FAMILY + """
				order by h.started_at desc""")
			.param("p", personId)
			.query((rs, n) -> new PastLead(rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
					rs.getString("display_name"), rs.getString("agreed_by"), rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(), rs.getString("end_reason")))
			.list();
	}

	/**
	 * A worker who led for people has left: the lead stays with their agency, without a named worker, and
	 * the agency is asked to name one, so nobody is left without a single point of contact.
	 */
	List<UUID> leadsOfLeaver(UUID userId) {
		List<UUID> persons = jdbc.sql("select person_id from lead_professional where worker_user_id = ?").param(userId)
			.query(UUID.class).list();
		for (UUID personId : persons) {
			jdbc.sql("""
					update lead_professional_history set ended_at = now(), end_reason = 'The named worker left'
					where person_id = ? and ended_at is null""").param(personId).update();
			jdbc.sql("""
					insert into lead_professional_history (id, person_id, agency_id, worker_user_id, agreed_by, recorded_by,
					  started_at)
					select ?, person_id, agency_id, null, agreed_by, recorded_by, now() from lead_professional where person_id = ?""")
				.params(UUID.randomUUID(), personId).update();
			jdbc.sql("update lead_professional set worker_user_id = null where person_id = ?").param(personId).update();
		}
		return persons;
	}

	/** Disabling a user is where a worker leaving shows: their leads are handed back to their agency at once. */
	@EventListener
	void onUserDisabled(UserDisabled event) {
		for (UUID personId : leadsOfLeaver(event.userId())) {
			notifications.notifyAbout(personId, event.agencyId(), null, "Name a new lead worker",
					"The worker who was the lead professional for " + people.name(personId).orElse("a person")
							+ " has left. Your agency is still the lead: name the worker who takes it on, or agree another lead.",
					"/people/" + personId + "/lead-professional", true,
					"A lead professional at your agency has left: a person needs a new lead worker.");
		}
	}

}
