package org.accord.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.accord.audit.AuditActor;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Colleagues;
import org.accord.platform.calendar.WorkingDays;
import org.accord.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadlines of referrals waiting for an answer: the receiving agency is reminded once as the deadline comes
 * near, and once it has passed the agency's managers are told and the referrer learns it is late. A recurring
 * cluster-wide job runs {@link #check()} (see {@code internal.ReferralDeadlineJob}).
 */
@Component
public class ReferralDeadlines {

	/** What one check did: how many referrals it nudged and how many it escalated. */
	public record Run(int nudged, int escalated) {
	}

	public static final String BREACHED = "DEADLINE_BREACHED";

	private static final Logger log = LoggerFactory.getLogger(ReferralDeadlines.class);

	private final ReferralRows rows;

	private final ReferralNotices notices;

	private final Colleagues colleagues;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	ReferralDeadlines(ReferralRows rows, ReferralNotices notices, Colleagues colleagues, AuditLog audit,
			TransactionTemplate tx, Clock clock) {
		this.rows = rows;
		this.notices = notices;
		this.colleagues = colleagues;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * Escalates every referral that is late, then nudges every one due today or on the next working day. It reads
	 * the referrals' state, not the time since the last run, so a check after missed runs (every node down over a
	 * weekend) still finds every breach, however late; a nudge whose moment passed meanwhile is not sent, as the
	 * breach says more. Each referral is claimed in its own transaction by an update only one caller can win, so
	 * checks running at once, on one node or several, nudge and escalate each referral once; a referral whose
	 * notices fail is left unclaimed for the next check.
	 */
	public Run check() {
		LocalDate today = LocalDate.now(clock);
		int escalated = 0;
		for (UUID id : rows.breached(today)) {
			escalated += once(id, () -> escalate(id, today)) ? 1 : 0;
		}
		LocalDate by = WorkingDays.plus(today, 1);
		int nudged = 0;
		for (UUID id : rows.dueSoon(today, by)) {
			nudged += once(id, () -> nudge(id, today, by)) ? 1 : 0;
		}
		if (escalated + nudged > 0) {
			log.info("Referral deadlines: {} nudged, {} escalated", nudged, escalated);
		}
		return new Run(nudged, escalated);
	}

	private boolean escalate(UUID id, LocalDate today) {
		if (!rows.claimEscalation(id, today, clock.instant())) {
			return false;
		}
		Referral r = rows.find(id).orElseThrow();
		List<UUID> managers = colleagues.withRole(r.toAgencyId(), Role.AGENCY_MANAGER).stream()
			.map(Colleagues.Colleague::id).toList();
		notices.breached(r, managers);
		audit.record(AuditActor.SYSTEM, AuditEvent.of(BREACHED, "REFERRAL", id).person(r.personId())
			.detail("due by " + r.respondBy() + "; told " + (managers.isEmpty() ? "the whole of " + r.toAgencyName()
					: managers.size() + (managers.size() == 1 ? " manager" : " managers")) + " and the referrer"));
		return true;
	}

	private boolean nudge(UUID id, LocalDate today, LocalDate by) {
		if (!rows.claimNudge(id, today, by, clock.instant())) {
			return false;
		}
		notices.dueSoon(rows.find(id).orElseThrow());
		return true;
	}

	/** One referral's claim and notices commit together, or not at all; one failure does not stop the rest. */
	private boolean once(UUID id, BooleanSupplier work) {
		try {
			return Boolean.TRUE.equals(tx.execute(status -> work.getAsBoolean()));
		}
		catch (RuntimeException ex) {
			log.warn("Referral {} deadline not handled, the next check tries again: {}", id, ex.getClass().getSimpleName());
			return false;
		}
	}

}
