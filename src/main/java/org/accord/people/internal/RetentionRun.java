package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.audit.AuditActor;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Notifications;
import org.accord.people.RetentionSettings;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what has been kept long enough. For each person no agency works with any more, every module
 * ({@link PersonRecords}) removes its records of the categories whose retention period has passed since
 * the last involvement ended; once every period has passed the person record itself goes. Each removal
 * is listed (never its content) and audited. One node does the run, under a database lock.
 */
@Component
class RetentionRun {

	private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

	private static final long LOCK = 4242005L;

	private record Candidate(UUID personId, LocalDate lastEnded) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final RetentionSettings settings;

	private final List<PersonRecords> records;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	RetentionRun(JdbcClient jdbc, TransactionTemplate tx, RetentionSettings settings, List<PersonRecords> records,
			Notifications notifications, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.settings = settings;
		this.records = records;
		this.notifications = notifications;
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
			if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class)
					.single())) {
				return -1;
			}
			LocalDate today = LocalDate.now(clock);
			UUID run = UUID.randomUUID();
			jdbc.sql("insert into retention_run (id, started_by, removed) values (?, ?, 0)").params(run, startedBy).update();
			int[] count = { 0 };
			PersonRecords.Removals removals = (personId, type, id, category) -> {
				list(run, personId, type, id, category);
				count[0]++;
			};
			for (Candidate c : candidates()) {
				Set<InformationCategory> expired = EnumSet.noneOf(InformationCategory.class);
				for (InformationCategory category : InformationCategory.values()) {
					if (c.lastEnded().isBefore(today.minus(settings.periodOf(category)))) {
						expired.add(category);
					}
				}
				if (expired.isEmpty()) {
					continue;
				}
				records.forEach(r -> r.removeExpired(c.personId(), expired, removals));
				if (expired.size() == InformationCategory.values().length) {
					erase(c.personId(), removals);
				}
			}
			jdbc.sql("update retention_run set removed = ? where id = ?").params(count[0], run).update();
			return count[0];
		});
		if (removed != null && removed > 0) {
			log.info("Retention run removed {} records", removed);
		}
		return removed == null ? 0 : removed;
	}

	/**
	 * People whose every involvement has ended, with the day the last one did. Records merged into another
	 * come first, so the record they were merged into may go in the same run.
	 */
	private List<Candidate> candidates() {
		return jdbc.sql("""
				select p.id, max(i.ended_on) as last_ended from person p join involvement i on i.person_id = p.id
				group by p.id, p.merged_into
				having bool_and(i.ended_on is not null)
				order by p.merged_into is null, p.id""")
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getObject("last_ended", LocalDate.class)))
			.list();
	}

	/** Every period is over and nobody works with the person: the record itself goes, and what pointed at it. */
	private void erase(UUID personId, PersonRecords.Removals removals) {
		if (jdbc.sql("select count(*) from person where merged_into = ?").param(personId).query(Integer.class).single() > 0) {
			return;
		}
		notifications.removeAbout(personId);
		jdbc.sql("delete from person where id = ?").param(personId).update();
		removals.removed(personId, "PERSON", personId.toString(), InformationCategory.CORE_PROFILE);
	}

	private void list(UUID run, UUID personId, String type, String id, InformationCategory category) {
		jdbc.sql("insert into retention_removal (run_id, person_id, record_type, record_id, category) values (?, ?, ?, ?, ?)")
			.params(run, personId, type, id, category.name())
			.update();
		audit.record(AuditActor.SYSTEM, AuditEvent.of("RETENTION_DELETE", type, id).person(personId)
			.detail(category + " kept for " + settings.periodOf(category) + " after the last involvement ended"));
	}

}
