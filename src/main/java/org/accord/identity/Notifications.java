package org.accord.identity;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * In-app notifications, each with an e-mail to the people it is for. The e-mail never carries case
 * details: it says that something needs attention and links to Accord, where the access policy applies.
 */
@Component
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final JdbcClient jdbc;

	private final JavaMailSender mail;

	private final String from;

	private final String baseUrl;

	private final org.accord.audit.AuditLog audit;

	Notifications(JdbcClient jdbc, JavaMailSender mail, @Value("${accord.mail.from}") String from,
			@Value("${accord.base-url}") String baseUrl, org.accord.audit.AuditLog audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.mail = mail;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/**
	 * Notifies the agency (or, with {@code userId}, one person there). The e-mail goes to that person, or
	 * to every active user of the agency, once the caller's transaction has committed.
	 */
	public UUID notify(UUID agencyId, UUID userId, String subject, String body, String link, boolean needsAcknowledgement,
			String emailText) {
		return notifyAbout(null, agencyId, userId, subject, body, link, needsAcknowledgement, emailText);
	}

	/**
	 * As {@link #notify}, about a person: the notification names them only to a reader who may still see
	 * them (see {@link PersonNames}); anyone else reads that it concerns a person they can no longer see.
	 */
	public UUID notifyAbout(UUID personId, UUID agencyId, UUID userId, String subject, String body, String link,
			boolean needsAcknowledgement, String emailText) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into notification (id, agency_id, user_id, subject, body, link, needs_acknowledgement, person_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, agencyId, userId, truncate(subject, 200), truncate(body, 2000), link, needsAcknowledgement, personId)
			.update();
		List<String> to = jdbc.sql("""
				select u.email from app_user u join agency a on a.id = u.agency_id
				where u.agency_id = :agency and u.enabled and a.enabled and u.email is not null
				  and (cast(:user as uuid) is null or u.id = cast(:user as uuid))""")
			.param("agency", agencyId).param("user", userId)
			.query(String.class).list();
		// The subject line shows in inboxes and on lock screens, so it names nobody.
		String mailSubject = needsAcknowledgement ? "a task for your agency needs acknowledging" : "a new notification";
		Runnable send = () -> send(to, mailSubject,
				emailText + "\n\nSign in to Accord to see it: " + baseUrl + "/notifications\n");
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
		return id;
	}

	/** The notifications for this user: their agency's, and their own; newest first. */
	public List<Notification> forUser(UUID agencyId, UUID userId, int limit) {
		return jdbc.sql("""
				select n.id, n.agency_id, n.user_id, n.subject, n.body, n.link, n.needs_acknowledgement, n.created_at,
				  u.display_name as acknowledged_by_name, n.acknowledged_at, n.person_id
				from notification n left join app_user u on u.id = n.acknowledged_by
				where n.agency_id = ? and (n.user_id is null or n.user_id = ?)
				order by (n.needs_acknowledgement and n.acknowledged_at is null) desc, n.created_at desc limit ?""")
			.params(agencyId, userId, limit)
			.query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
					rs.getObject("user_id", UUID.class), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
					rs.getBoolean("needs_acknowledgement"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("acknowledged_by_name"),
					rs.getTimestamp("acknowledged_at") == null ? null : rs.getTimestamp("acknowledged_at").toInstant(),
					rs.getObject("person_id", UUID.class)))
			.list();
	}

	/** How many tasks wait for someone in this user's view to acknowledge them. */
	public int open(UUID agencyId, UUID userId) {
		return jdbc.sql("""
				select count(*) from notification where agency_id = ? and (user_id is null or user_id = ?)
				  and needs_acknowledgement and acknowledged_at is null""")
			.params(agencyId, userId).query(Integer.class).single();
	}

	/** Acknowledges the task as this named user; false when it is not theirs to acknowledge or already was. */
	@org.springframework.transaction.annotation.Transactional
	public boolean acknowledge(UUID id, org.accord.platform.security.AccordPrincipal user) {
		boolean done = jdbc.sql("""
				update notification set acknowledged_by = ?, acknowledged_at = now()
				where id = ? and agency_id = ? and (user_id is null or user_id = ?) and needs_acknowledgement
				  and acknowledged_at is null""")
			.params(user.userId(), id, user.agencyId(), user.userId()).update() == 1;
		if (done) {
			audit.record(org.accord.audit.AuditEvent.of("ACKNOWLEDGE", "NOTIFICATION", id));
		}
		return done;
	}

	/** Forgets the notifications about a person whose record is erased at the end of its retention. */
	public int removeAbout(UUID personId) {
		return jdbc.sql("delete from notification where person_id = ?").param(personId).update();
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	private void send(List<String> to, String subject, String text) {
		for (String address : to) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(address);
			message.setSubject("Accord: " + subject);
			message.setText(text);
			try {
				mail.send(message);
			}
			catch (MailException ex) {
				// The in-app notification stands; the e-mail is a prompt to look at it.
				log.warn("Notification e-mail could not be sent: {}", ex.getClass().getSimpleName());
			}
		}
	}

}
