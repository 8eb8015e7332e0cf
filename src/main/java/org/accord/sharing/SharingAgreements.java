package org.accord.sharing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.platform.web.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The partnership's information-sharing agreements. No sharing, even with consent, outside an active one. */
@Component
public class SharingAgreements {

	private final JdbcClient jdbc;

	private final org.accord.audit.AuditLog audit;

	SharingAgreements(JdbcClient jdbc, org.accord.audit.AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Information governance or an administrator records an agreement; sharing under it can start at once. */
	@Transactional
	public UUID record(org.accord.platform.security.AccordPrincipal user, SharingAgreement.Draft d) {
		requireManager(user);
		UUID id = create(d, user.userId());
		audit.record(org.accord.audit.AuditEvent.of("CREATE", "SHARING_AGREEMENT", id)
			.detail(d.parties().size() + " agencies, " + d.categories()));
		return id;
	}

	/** Ends the agreement for the user, if nobody changed it since {@code version} (null: the form was incomplete). */
	@Transactional
	public void end(org.accord.platform.security.AccordPrincipal user, UUID id, Integer version) {
		requireManager(user);
		find(id).orElseThrow(() -> new org.accord.platform.web.NotFoundException("Agreement"));
		if (version == null) {
			throw new ConflictException("Reload the agreement and end it again: the form was incomplete");
		}
		end(id, version);
		audit.record(org.accord.audit.AuditEvent.of("END", "SHARING_AGREEMENT", id));
	}

	public static boolean mayManage(org.accord.platform.security.AccordPrincipal user) {
		return user.hasRole(org.accord.platform.security.Role.INFORMATION_GOVERNANCE)
				|| user.hasRole(org.accord.platform.security.Role.ADMINISTRATOR);
	}

	private static void requireManager(org.accord.platform.security.AccordPrincipal user) {
		if (!mayManage(user)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only information governance or an administrator manages agreements");
		}
	}

	@Transactional
	public UUID create(SharingAgreement.Draft d, UUID userId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into sharing_agreement (id, title, purposes, lawful_basis, categories, review_on, status, created_by)
				values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""")
			.params(id, d.title(), d.purposes(), d.lawfulBasis(), d.categories().stream().map(Enum::name).toArray(String[]::new),
					d.reviewOn(), userId)
			.update();
		for (SharingAgreement.Party party : d.parties()) {
			jdbc.sql("insert into sharing_agreement_party (agreement_id, agency_id, signatory, signed_on) values (?, ?, ?, ?)")
				.params(id, party.agencyId(), party.signatory(), party.signedOn())
				.update();
		}
		return id;
	}

	/** Ends the agreement if nobody changed it since {@code version}: sharing under it stops on the next request. */
	public void end(UUID id, int version) {
		if (jdbc.sql("update sharing_agreement set status = 'ENDED', version = version + 1 where id = ? and version = ? "
				+ "and status = 'ACTIVE'")
			.params(id, version).update() == 0) {
			throw new ConflictException("This agreement was changed or ended by someone else; nothing was saved");
		}
	}

	/** The categories that active agreements let {@code holder} share with {@code recipient}: what consent can open. */
	public Set<InformationCategory> coveredBetween(UUID holder, UUID recipient) {
		Set<InformationCategory> covered = EnumSet.noneOf(InformationCategory.class);
		jdbc.sql("""
				select a.categories from sharing_agreement a
				where a.status = 'ACTIVE'
				  and exists (select 1 from sharing_agreement_party p where p.agreement_id = a.id and p.agency_id = :holder)
				  and exists (select 1 from sharing_agreement_party p where p.agreement_id = a.id and p.agency_id = :recipient)""")
			.param("holder", holder).param("recipient", recipient)
			.query((rs, n) -> (String[]) rs.getArray("categories").getArray())
			.list()
			.forEach(names -> Arrays.stream(names).map(InformationCategory::valueOf).forEach(covered::add));
		covered.remove(InformationCategory.CONFIDENTIAL_LOCATION);
		return covered;
	}

	public List<SharingAgreement> all() {
		return jdbc.sql("select id from sharing_agreement order by status, title").query(UUID.class).list().stream()
			.map(id -> find(id).orElseThrow()).toList();
	}

	public java.util.Optional<SharingAgreement> find(UUID id) {
		List<SharingAgreement.Party> parties = jdbc.sql("""
				select p.agency_id, a.name, p.signatory, p.signed_on from sharing_agreement_party p join agency a
				  on a.id = p.agency_id
				where p.agreement_id = ? order by a.name""")
			.param(id)
			.query((rs, n) -> new SharingAgreement.Party(rs.getObject("agency_id", UUID.class), rs.getString("name"),
					rs.getString("signatory"), rs.getObject("signed_on", LocalDate.class)))
			.list();
		return jdbc.sql("select id, title, purposes, lawful_basis, categories, review_on, status, version "
				+ "from sharing_agreement where id = ?")
			.param(id)
			.query((rs, n) -> new SharingAgreement(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("purposes"), rs.getString("lawful_basis"),
					Arrays.stream((String[]) rs.getArray("categories").getArray()).map(InformationCategory::valueOf)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(InformationCategory.class))),
					rs.getObject("review_on", LocalDate.class), "ACTIVE".equals(rs.getString("status")), parties,
					rs.getInt("version")))
			.optional();
	}

}
