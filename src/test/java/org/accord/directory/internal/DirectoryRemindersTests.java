package org.accord.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.accord.directory.ContactDraft;
import org.accord.directory.ContactRole;
import org.accord.directory.Contacts;
import org.accord.support.IntegrationTest;
import org.accord.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Owners are asked by e-mail, once, to check what has gone stale or is due for review. */
@IntegrationTest
class DirectoryRemindersTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Contacts contacts;

	@Autowired
	TestClock clock;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DirectoryReminders reminders;

	@Test
	void theOwnerOfAStaleContactIsEmailedOnceWithALinkToCheckIt() throws Exception {
		UUID agency = jdbc.sql("select id from agency where name = 'Oakfield Primary School'").query(UUID.class).single();
		UUID owner = UUID.randomUUID();
		String address = "owner-" + owner.toString().substring(0, 8) + "@example.org";
		jdbc.sql("insert into app_user (id, username, display_name, email, agency_id, password_hash) values (?, ?, ?, ?, ?, ?)")
			.params(owner, "rem" + owner.toString().substring(0, 8), "Rita Owner", address, agency, encoder.encode("x-password-123"))
			.update();
		contacts.create(new ContactDraft(agency, null, ContactRole.DUTY_WORKER, null, null, "Reception desk " + owner, null, null,
				"01632 555 000", null, owner, LocalDate.now(clock).minusMonths(7)));

		int first = reminders.sendDue();
		assertThat(first).isPositive();
		MimeMessage[] received = greenMail.getReceivedMessagesForDomain("example.org");
		MimeMessage mine = java.util.Arrays.stream(received)
			.filter(m -> addressOf(m).equals(address))
			.findFirst()
			.orElseThrow();
		assertThat(mine.getSubject()).contains("directory entr").contains("checking");
		String body = GreenMailUtil.getBody(mine);
		assertThat(body).contains("Rita Owner").contains("Reception desk " + owner).contains("/directory/verify");

		int before = greenMail.getReceivedMessages().length;
		reminders.sendDue();
		assertThat(java.util.Arrays.stream(greenMail.getReceivedMessages()).skip(before).filter(m -> addressOf(m).equals(address)))
			.as("asked once per entry").isEmpty();
	}

	private static String addressOf(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
