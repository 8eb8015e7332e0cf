package org.accord.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.sharing.InformationCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The referral tables as the module reads and writes them; the rules are in {@link Referrals}. */
@Component
class ReferralRows {

	private static final String SELECT = """
			select r.id, r.person_id, r.recorded_by_agency_id, fa.name as from_agency_name, r.referred_by,
			  u.display_name as referred_by_name,
			  r.to_service_id, r.to_service_name, r.to_agency_id, ta.name as to_agency_name, r.reason, r.categories,
			  r.consent_id, r.status, r.respond_by, r.decline_reason, r.outcome, r.checklist_confirmed, r.attends_alone,
			  r.interpreter, r.at_risk, r.risk_concern, r.concern_told, r.created_at, r.version
			from referral r join agency fa on fa.id = r.recorded_by_agency_id join agency ta on ta.id = r.to_agency_id
			join app_user u on u.id = r.referred_by
			""";

	/** The declines of referrals, with the decline's own time: the pillar-to-post window counts from it. */
	private static final String DECLINES = """
			select r.person_id, r.recorded_by_agency_id, r.to_service_id, r.to_service_name, r.to_agency_id,
			  ta.name as to_agency_name, r.decline_reason, e.at
			from referral r join referral_event e on e.referral_id = r.id and e.status = 'DECLINED'
			join agency ta on ta.id = r.to_agency_id
			where r.status = 'DECLINED' and e.at >= :since
			""";

	/** A declined referral: whom, referred by which agency, declined by which service of which agency, why and when. */
	record Decline(UUID personId, UUID fromAgencyId, UUID serviceId, String serviceName, UUID agencyId,
			String agencyName, DeclineReason reason, Instant at) {
	}

	private final JdbcClient jdbc;

	ReferralRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Referral> find(UUID id) {
		return jdbc.sql(SELECT + "where r.id = ?").param(id).query(this::referral).optional();
	}

	/** The referrals about the person and the records merged into theirs, newest first. */
	List<Referral> forPeople(List<UUID> people) {
		return jdbc.sql(SELECT + "where r.person_id in (:people) order by r.created_at desc").param("people", people)
			.query(this::referral).list();
	}

	/** The referrals an agency received that wait for its answer, or that it accepted and has not closed. */
	List<Referral> inbox(UUID agencyId, int limit) {
		return jdbc.sql(SELECT + """
				where r.to_agency_id = :agency and r.status in ('SENT', 'RECEIVED', 'ACCEPTED')
				order by r.respond_by, r.created_at limit :limit""")
			.param("agency", agencyId).param("limit", limit).query(this::referral).list();
	}

	/** The referrals an agency sent, newest first. */
	List<Referral> sent(UUID agencyId, int limit) {
		return jdbc.sql(SELECT + "where r.recorded_by_agency_id = :agency order by r.created_at desc limit :limit")
			.param("agency", agencyId).param("limit", limit).query(this::referral).list();
	}

	/** The declines since then of referrals about these people (a record and those merged into it), newest first. */
	List<Decline> declinedSince(List<UUID> people, Instant since) {
		return jdbc.sql(DECLINES + "and r.person_id in (:people) order by e.at desc").param("people", people)
			.param("since", Timestamp.from(since)).query(this::decline).list();
	}

	/** Every decline since then, newest first: who across the partnership has been declined again and again. */
	List<Decline> declinedSince(Instant since) {
		return jdbc.sql(DECLINES + "order by e.at desc").param("since", Timestamp.from(since)).query(this::decline)
			.list();
	}

	void insert(UUID id, UUID personId, UUID fromAgency, UUID userId, UUID serviceId, String serviceName, UUID toAgency,
			String reason, java.util.Set<InformationCategory> categories, UUID consentId, LocalDate respondBy,
			Referral.Checklist checklist) {
		jdbc.sql("""
				insert into referral (id, person_id, recorded_by_agency_id, referred_by, to_service_id, to_service_name,
				  to_agency_id, reason, categories, consent_id, status, respond_by, checklist_confirmed, attends_alone,
				  interpreter)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?, ?, ?)""")
			.params(id, personId, fromAgency, userId, serviceId, serviceName, toAgency, reason,
					categories.stream().map(Enum::name).toArray(String[]::new), consentId, respondBy,
					checklist != null && checklist.confirmed(), checklist == null ? null : checklist.attendsAlone(),
					checklist == null ? null : checklist.interpreter())
			.update();
	}

	/** Moves the referral on if it is still where the caller saw it; false when someone else moved it first. */
	boolean move(UUID id, ReferralStatus from, ReferralStatus to, DeclineReason declined, ReferralOutcome outcome) {
		return jdbc.sql("""
				update referral set status = :to, version = version + 1,
				  decline_reason = coalesce(cast(:declined as text), decline_reason),
				  outcome = coalesce(cast(:outcome as text), outcome)
				where id = :id and status = :from""")
			.param("id", id).param("from", from.name()).param("to", to.name())
			.param("declined", declined == null ? null : declined.name())
			.param("outcome", outcome == null ? null : outcome.name())
			.update() == 1;
	}

	/** A step at a given time: the application's clock, or a day in the demo's past (null: the database's now). */
	void step(UUID id, ReferralStatus status, UUID userId, UUID agencyId, String reason, String detail, Instant at) {
		jdbc.sql("""
				insert into referral_event (referral_id, status, reason, detail, by_user, by_agency, at)
				values (?, ?, ?, ?, ?, ?, coalesce(?, now()))""")
			.params(id, status.name(), reason, detail, userId, agencyId, at == null ? null : Timestamp.from(at))
			.update();
	}

	/** The referrals still waiting for an answer after their deadline, and not yet escalated, longest overdue first. */
	List<UUID> breached(LocalDate today) {
		return jdbc.sql("""
				select id from referral where status in ('SENT', 'RECEIVED') and escalated_at is null and respond_by < ?
				order by respond_by, created_at""")
			.param(today).query(UUID.class).list();
	}

	/** The referrals waiting for an answer that fall due from today up to {@code by}, and not yet nudged. */
	List<UUID> dueSoon(LocalDate today, LocalDate by) {
		return jdbc.sql("""
				select id from referral where status in ('SENT', 'RECEIVED') and nudged_at is null and escalated_at is null
				  and respond_by between ? and ? order by respond_by, created_at""")
			.params(today, by).query(UUID.class).list();
	}

	/**
	 * Claims the escalation of a referral that is still late: true for exactly one caller across every node. The
	 * update waits for a concurrent claim of the same row, then finds it taken; an answer that came first wins too.
	 */
	boolean claimEscalation(UUID id, LocalDate today, Instant at) {
		return jdbc.sql("""
				update referral set escalated_at = ? where id = ? and escalated_at is null
				  and status in ('SENT', 'RECEIVED') and respond_by < ?""")
			.params(Timestamp.from(at), id, today).update() == 1;
	}

	/** Claims the nudge of a referral that still falls due by {@code by}: true for exactly one caller. */
	boolean claimNudge(UUID id, LocalDate today, LocalDate by, Instant at) {
		return jdbc.sql("""
				update referral set nudged_at = ? where id = ? and nudged_at is null and escalated_at is null
				  and status in ('SENT', 'RECEIVED') and respond_by between ? and ?""")
			.params(Timestamp.from(at), id, today, by).update() == 1;
	}

	/** The demo's referrals were sent in the past. */
	void sentAt(UUID id, Instant at) {
		jdbc.sql("update referral set created_at = ? where id = ?").params(Timestamp.from(at), id).update();
	}

	/** Removes the person's referrals and their history; returns the ids removed. */
	List<UUID> removeFor(UUID personId) {
		return jdbc.sql("delete from referral where person_id = ? returning id").param(personId).query(UUID.class).list();
	}

	private Referral referral(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String declined = rs.getString("decline_reason");
		String outcome = rs.getString("outcome");
		return new Referral(id, rs.getObject("person_id", UUID.class), null,
				rs.getObject("recorded_by_agency_id", UUID.class), rs.getString("from_agency_name"),
				rs.getObject("referred_by", UUID.class), rs.getString("referred_by_name"),
				rs.getObject("to_service_id", UUID.class), rs.getString("to_service_name"),
				rs.getObject("to_agency_id", UUID.class), rs.getString("to_agency_name"), rs.getString("reason"),
				categories((String[]) rs.getArray("categories").getArray()), rs.getObject("consent_id", UUID.class),
				ReferralStatus.valueOf(rs.getString("status")), rs.getObject("respond_by", LocalDate.class),
				declined == null ? null : DeclineReason.valueOf(declined),
				outcome == null ? null : ReferralOutcome.valueOf(outcome),
				new Referral.Checklist(rs.getBoolean("checklist_confirmed"), (Boolean) rs.getObject("attends_alone"),
						rs.getString("interpreter")),
				riskCheck(rs), rs.getTimestamp("created_at").toInstant(),
				rs.getInt("version"), history(id));
	}

	private static Referral.RiskCheck riskCheck(ResultSet rs) throws SQLException {
		Boolean atRisk = (Boolean) rs.getObject("at_risk");
		String told = rs.getString("concern_told");
		return atRisk == null ? null
				: new Referral.RiskCheck(atRisk, rs.getString("risk_concern"), told == null ? null : ConcernTold.valueOf(told));
	}

	/** The declining service's risk check, written with the decline. */
	void riskCheck(UUID id, Referral.RiskCheck check) {
		jdbc.sql("update referral set at_risk = ?, risk_concern = ?, concern_told = ? where id = ?")
			.params(check.atRisk(), check.atRisk() ? check.concern() : null,
					check.atRisk() ? check.told().name() : null, id)
			.update();
	}

	private Decline decline(ResultSet rs, int n) throws SQLException {
		return new Decline(rs.getObject("person_id", UUID.class), rs.getObject("recorded_by_agency_id", UUID.class),
				rs.getObject("to_service_id", UUID.class), rs.getString("to_service_name"),
				rs.getObject("to_agency_id", UUID.class), rs.getString("to_agency_name"),
				DeclineReason.valueOf(rs.getString("decline_reason")), rs.getTimestamp("at").toInstant());
	}

	private List<Referral.Step> history(UUID id) {
		return jdbc.sql("""
				select e.status, e.at, u.display_name, a.name as agency_name, e.reason, e.detail from referral_event e
				left join app_user u on u.id = e.by_user left join agency a on a.id = e.by_agency
				where e.referral_id = ? order by e.id""")
			.param(id)
			.query((rs, n) -> new Referral.Step(ReferralStatus.valueOf(rs.getString("status")),
					((Timestamp) rs.getTimestamp("at")).toInstant(), rs.getString("display_name"), rs.getString("agency_name"),
					rs.getString("reason"), rs.getString("detail")))
			.list();
	}

	private static EnumSet<InformationCategory> categories(String[] names) {
		return Arrays.stream(names).map(InformationCategory::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(InformationCategory.class)));
	}

}
