package org.accord.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.accord.support.Http;
import org.accord.support.Json;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals from the drug worker to the IDVA service with their deadlines moved, and what the deadline check
 * did about each: the notices it sent, its audit rows and its marks on the referral. Only this referral's notices
 * from the check count; the notices of sending and answering are ReferralLoopTests' business.
 */
public class ReferralDeadlineFixture {

	/** The recurring task's one instance in {@code scheduled_tasks}. */
	public static final TaskInstanceId TASK = TaskInstanceId.of("referral-deadlines", "recurring");

	/** A notification from the deadline check about a referral, as its reader gets it. */
	public record Notice(UUID agencyId, UUID userId, String subject, String body) {
	}

	private final Http http;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String drugworker;

	private final String family;

	public ReferralDeadlineFixture(Http http, JdbcClient jdbc, Clock clock, String family) {
		this.http = http;
		this.jdbc = jdbc;
		this.clock = clock;
		this.drugworker = http.token("drugworker");
		this.family = family;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A new person on the drug worker's caseload, referred to the IDVA service; the referral's id. */
	public String referral(String given) {
		return referralOf(person(given));
	}

	public String referralOf(String person) {
		String service = jdbc.sql("select id::text from service where name = 'Safer Futures IDVA service'")
			.query(String.class).single();
		var sent = http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", service, "reason",
				"Wants support to stay safe", "categories", List.of("CORE_PROFILE")), drugworker);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		return sent.json().get("id").asString();
	}

	public String person(String given) {
		var created = http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", family, "dateOfBirth",
				"1989-03-0" + (1 + Math.abs(given.hashCode() % 8))), drugworker);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** Moves the referral's deadline, as if it had been sent earlier. */
	public void dueOn(String referral, LocalDate day) {
		jdbc.sql("update referral set respond_by = ? where id = cast(? as uuid)").params(day, referral).update();
	}

	public LocalDate respondBy(String referral) {
		return jdbc.sql("select respond_by from referral where id = cast(? as uuid)").param(referral)
			.query(LocalDate.class).single();
	}

	public List<Notice> notices(String referral) {
		return jdbc.sql("select agency_id, user_id, subject, body from notification where link = ? order by created_at")
			.param("/referrals/" + referral)
			.query((rs, n) -> new Notice(rs.getObject("agency_id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getString("subject"), rs.getString("body")))
			.list().stream()
			.filter(n -> n.subject().matches(".*(due soon|overdue|not answered in time)"))
			.toList();
	}

	public List<Notice> notices(String referral, String subjectEnd) {
		return notices(referral).stream().filter(n -> n.subject().endsWith(subjectEnd)).toList();
	}

	/** The audit rows of the referral's breach. */
	public List<Map<String, Object>> breaches(String referral) {
		return jdbc.sql("""
				select person_id, username, detail from audit_event
				where action = 'DEADLINE_BREACHED' and entity_type = 'REFERRAL' and entity_id = ?""")
			.param(referral).query().listOfRows();
	}

	/** When the referral was nudged ({@code nudged_at}) or escalated ({@code escalated_at}); null if not. */
	public Object marked(String referral, String column) {
		return jdbc.sql("select " + column + " from referral where id = cast(? as uuid)").param(referral)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1))).single().orElse(null);
	}

	public Instant lastSuccess() {
		return jdbc.sql("select last_success from scheduled_tasks where task_name = ?").param(TASK.getTaskName())
			.query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(Instant.EPOCH);
	}

	/** Makes the task due now, waiting while a run is under way (the first, at start-up, say). */
	public static void runNow(SchedulerClient scheduler) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < until) {
			try {
				if (scheduler.reschedule(TASK, Instant.now())) {
					return;
				}
			}
			catch (TaskInstanceCurrentlyExecutingException ex) {
				// the run under way ends soon
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the deadline task could not be rescheduled");
	}

	/** Waits up to 30 seconds for the condition. */
	public static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean() && System.nanoTime() < until) {
			Thread.sleep(200);
		}
	}

	/** Runs the tasks at the same moment on threads of their own, and waits for them all. */
	public static void concurrently(Runnable... tasks) throws Exception {
		CyclicBarrier start = new CyclicBarrier(tasks.length);
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Runnable task : tasks) {
				done.add(pool.submit(() -> {
					start.await();
					task.run();
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
