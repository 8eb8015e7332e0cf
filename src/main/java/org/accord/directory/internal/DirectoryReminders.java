package org.accord.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.directory.DirectorySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the owners of directory entries, by e-mail, to check what has gone stale or is due for review:
 * services and contacts not checked within the stale period, and agreements whose review is near.
 * Each owner gets one message listing everything, once per entry and due date, whichever node runs it.
 */
@Component
class DirectoryReminders {

	private static final Logger log = LoggerFactory.getLogger(DirectoryReminders.class);

	private static final long LOCK = 4242101;

	/** dueOn keys the reminder: a review date, or the date an entry was last checked or flagged. */
	private record Due(UUID owner, String email, String ownerName, String type, UUID id, String title, LocalDate dueOn) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final JavaMailSender mail;

	private final DirectorySettings settings;

	private final Clock clock;

	private final String baseUrl;

	private final String from;

	DirectoryReminders(JdbcClient jdbc, TransactionTemplate tx, JavaMailSender mail, DirectorySettings settings,
			Clock clock, @Value("${accord.base-url}") String baseUrl, @Value("${accord.mail.from}") String from) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.from = from;
	}

	@Scheduled(cron = "${accord.directory.reminder-cron:0 0 7 * * *}", zone = "Europe/London")
	void daily() {
		sendDue();
	}

	/** @return how many owners were written to */
	int sendDue() {
		Integer sent = tx.execute(status -> {
			if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class)
					.single())) {
				return 0;
			}
			Map<UUID, List<Due>> byOwner = new LinkedHashMap<>();
			for (Due due : due()) {
				byOwner.computeIfAbsent(due.owner(), k -> new ArrayList<>()).add(due);
			}
			int owners = 0;
			for (List<Due> items : byOwner.values()) {
				if (send(items)) {
					items.forEach(d -> jdbc.sql("""
							insert into directory_reminder (owner_user_id, entity_type, entity_id, due_on) values (?, ?, ?, ?)
							on conflict do nothing""").params(d.owner(), d.type(), d.id(), d.dueOn()).update());
					owners++;
				}
			}
			return owners;
		});
		return sent == null ? 0 : sent;
	}

	private List<Due> due() {
		LocalDate today = LocalDate.now(clock);
		LocalDate staleBefore = today.minus(settings.staleAfter());
		LocalDate reviewBy = today.plusDays(AgreementController.REVIEW_NOTICE_DAYS);
		return jdbc.sql("""
				select u.id as owner_id, u.email, u.display_name, d.type, d.id as entity_id, d.title, d.due_on from (
				  select owner_user_id as owner, 'SERVICE' as type, id, name as title, last_verified_on as due_on
				    from service where status = 'ACTIVE' and last_verified_on < :staleBefore
				  union all
				  select owner_user_id, 'CONTACT', id, name, last_verified_on
				    from directory_contact where last_verified_on < :staleBefore
				  union all
				  select owner_user_id, 'HANDOVER', id, name, cast(updated_at as date)
				    from directory_contact where handover_needed
				  union all
				  select owner_user_id, 'AGREEMENT', id, title, review_on
				    from agreement where status <> 'ENDED' and review_on <= :reviewBy
				) d
				join app_user u on u.id = d.owner
				where u.enabled and u.email is not null
				  and not exists (select 1 from directory_reminder r where r.owner_user_id = d.owner and r.entity_type = d.type
				                    and r.entity_id = d.id and r.due_on = d.due_on)
				order by u.id, d.type, d.title""")
			.param("staleBefore", staleBefore)
			.param("reviewBy", reviewBy)
			.query((rs, n) -> new Due(rs.getObject("owner_id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), rs.getString("type"), rs.getObject("entity_id", UUID.class),
					rs.getString("title"), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	private boolean send(List<Due> items) {
		Due first = items.get(0);
		StringBuilder text = new StringBuilder("Hello ").append(first.ownerName()).append(",\n\n")
			.append("These entries of the partnership directory that you look after need checking:\n\n");
		for (Due d : items) {
			text.append("- ").append(switch (d.type()) {
				case "SERVICE" -> "Service: ";
				case "CONTACT" -> "Contact: ";
				case "HANDOVER" -> "Contact whose person has left (hand the role over): ";
				default -> "Agreement due for review on " + d.dueOn() + ": ";
			}).append(d.title()).append('\n');
		}
		text.append("\nCheck them, or hand them over, at ").append(baseUrl).append("/directory/verify\n\n")
			.append("Practitioners refer people on the strength of these details.\n");
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(first.email());
		message.setSubject("Accord: " + items.size()
				+ (items.size() == 1 ? " directory entry needs" : " directory entries need") + " checking");
		message.setText(text.toString());
		try {
			mail.send(message);
			return true;
		}
		catch (MailException ex) {
			// Not recorded as sent, so the next run tries again.
			log.warn("Directory reminder could not be sent: {}", ex.getClass().getSimpleName());
			return false;
		}
	}

}
