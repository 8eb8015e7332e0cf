package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditActor;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.ProfileField;
import org.accord.people.RetentionSettings;
import org.accord.sharing.InformationCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what has been kept long enough: for people no agency works with any more, the chronology
 * entries, appointments, profile values and confidential locations of each category whose retention
 * period has passed since the last involvement ended. Each removal is listed (never its content) and
 * audited. One node does the run, under a database lock.
 */
@Component
class RetentionRun {

	private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

	private static final long LOCK = 4242005L;

	record Removal(UUID personId, String recordType, String recordId, InformationCategory category) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final RetentionSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	RetentionRun(JdbcClient jdbc, TransactionTemplate tx, RetentionSettings settings, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${accord.retention.cron:0 30 2 * * *}", zone = "Europe/London")
	void nightly() {
		run("scheduled");
	}

	/** Runs now; returns how many records were removed, or -1 when another node is running it. */
	int run(String startedBy) {
		Integer removed = tx.execute(status -> {
			if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single())) {
				return -1;
			}
			LocalDate today = LocalDate.now(clock);
			UUID run = UUID.randomUUID();
			jdbc.sql("insert into retention_run (id, started_by, removed) values (?, ?, 0)").params(run, startedBy).update();
			int count = 0;
			for (InformationCategory category : InformationCategory.values()) {
				LocalDate endedBefore = today.minus(settings.periodOf(category));
				for (Removal r : expired(category, endedBefore)) {
					remove(run, r);
					count++;
				}
			}
			jdbc.sql("update retention_run set removed = ? where id = ?").params(count, run).update();
			return count;
		});
		if (removed != null && removed > 0) {
			log.info("Retention run removed {} records", removed);
		}
		return removed == null ? 0 : removed;
	}

	/** Records of the category held for people whose last involvement ended before the day, and who have none now. */
	private List<Removal> expired(InformationCategory category, LocalDate endedBefore) {
		String people = """
				select p.id from person p
				where not exists (select 1 from involvement i where i.person_id = p.id and i.ended_on is null)
				  and exists (select 1 from involvement i where i.person_id = p.id)
				  and (select max(i.ended_on) from involvement i where i.person_id = p.id) < :before""";
		List<Removal> removals = new java.util.ArrayList<>();
		removals.addAll(jdbc.sql("select person_id, id from chronology_entry where category = :c and person_id in (" + people + ")")
			.param("c", category.name()).param("before", endedBefore)
			.query((rs, n) -> new Removal(rs.getObject(1, UUID.class), "CHRONOLOGY_ENTRY", rs.getString(2), category)).list());
		removals.addAll(jdbc.sql("select person_id, id from appointment where category = :c and person_id in (" + people + ")")
			.param("c", category.name()).param("before", endedBefore)
			.query((rs, n) -> new Removal(rs.getObject(1, UUID.class), "APPOINTMENT", rs.getString(2), category)).list());
		List<String> fields = ProfileField.extended().stream().filter(f -> f.category() == category).map(Enum::name).toList();
		if (!fields.isEmpty()) {
			removals.addAll(jdbc.sql("select person_id, field from person_field where field in (:fields) and person_id in (" + people + ")")
				.param("fields", fields).param("before", endedBefore)
				.query((rs, n) -> new Removal(rs.getObject(1, UUID.class), "PROFILE_FIELD", rs.getString(2), category)).list());
		}
		if (category == InformationCategory.CONFIDENTIAL_LOCATION) {
			removals.addAll(jdbc.sql("select person_id, agency_id from confidential_location where person_id in (" + people + ")")
				.param("before", endedBefore)
				.query((rs, n) -> new Removal(rs.getObject(1, UUID.class), "CONFIDENTIAL_LOCATION", rs.getString(2), category)).list());
		}
		return removals;
	}

	private void remove(UUID run, Removal r) {
		switch (r.recordType()) {
			case "CHRONOLOGY_ENTRY" -> jdbc.sql("delete from chronology_entry where id = cast(? as uuid)").param(r.recordId()).update();
			case "APPOINTMENT" -> jdbc.sql("delete from appointment where id = cast(? as uuid)").param(r.recordId()).update();
			case "PROFILE_FIELD" -> jdbc.sql("delete from person_field where person_id = ? and field = ?").params(r.personId(), r.recordId()).update();
			default -> jdbc.sql("delete from confidential_location where person_id = ? and agency_id = cast(? as uuid)")
				.params(r.personId(), r.recordId()).update();
		}
		jdbc.sql("insert into retention_removal (run_id, person_id, record_type, record_id, category) values (?, ?, ?, ?, ?)")
			.params(run, r.personId(), r.recordType(), r.recordId(), r.category().name())
			.update();
		audit.record(AuditActor.SYSTEM, AuditEvent.of("RETENTION_DELETE", r.recordType(), r.recordId()).person(r.personId())
			.detail(r.category() + " kept for " + settings.periodOf(r.category()) + " after the last involvement ended"));
	}

}
