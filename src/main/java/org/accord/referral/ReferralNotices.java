package org.accord.referral;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accord.identity.Colleagues;
import org.accord.identity.Notifications;
import org.accord.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * What the two agencies are told as a referral moves. Nothing names the person, in the app or by e-mail: a
 * notification can be read over a shoulder, and an e-mail can sit in a shared inbox.
 */
@Component
class ReferralNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final Notifications notifications;

	private final Colleagues colleagues;

	ReferralNotices(Notifications notifications, Colleagues colleagues) {
		this.notifications = notifications;
		this.colleagues = colleagues;
	}

	/** The receiving agency gets a task in its inbox, with the deadline. */
	void sent(Referral r) {
		String text = r.fromAgencyName() + " has referred a person to " + r.toServiceName() + ". Please respond by "
				+ DAY.format(r.respondBy()) + ".";
		notifications.notify(r.toAgencyId(), null, "New referral to " + r.toServiceName(), text, link(r), false,
				text + " The referral is in your agency's referral inbox.");
	}

	/** The referrer is always told the answer and the outcome. */
	void answered(Referral r, String what) {
		String text = "Your referral to " + r.toServiceName() + " (" + r.toAgencyName() + ") was " + what + ".";
		notifications.notify(r.fromAgencyId(), r.referredById(), "Referral to " + r.toServiceName() + " " + firstWord(what),
				text,
				link(r), false, text);
	}

	/**
	 * A declining service thinks the person is at risk: its managers are asked to look, and the referrer to
	 * consider safeguarding. The concern itself stays on the referral, where only the two agencies read it.
	 */
	void riskRaised(Referral r) {
		String service = r.toAgencyName() + " declined a referral to " + r.toServiceName()
				+ " and raised a concern that the person is at risk. Open the referral to read it.";
		List<UUID> managers = colleagues.withRole(r.toAgencyId(), Role.AGENCY_MANAGER).stream()
			.map(Colleagues.Colleague::id).toList();
		if (managers.isEmpty()) {
			notifications.notify(r.toAgencyId(), null, "Concern raised on a declined referral", service
					+ " Your agency has no agency manager in Accord, so everyone at it is told.", link(r), true, service);
		}
		for (UUID manager : managers) {
			notifications.notify(r.toAgencyId(), manager, "Concern raised on a declined referral", service
					+ " You are told as a manager of " + r.toAgencyName() + ".", link(r), true, service);
		}
		String referrer = "The service that declined your referral to " + r.toServiceName() + " thinks the person is "
				+ "at risk. Read the concern on the referral and consider a safeguarding referral for a child or an adult.";
		notifications.notify(r.fromAgencyId(), r.referredById(), "Concern raised: consider safeguarding", referrer,
				link(r), true, referrer);
	}

	void withdrawn(Referral r) {
		String text = r.fromAgencyName() + " has withdrawn its referral to " + r.toServiceName() + ".";
		notifications.notify(r.toAgencyId(), null, "Referral to " + r.toServiceName() + " withdrawn", text, link(r), false,
				text);
	}

	/** The receiving agency is reminded once, as the deadline comes near. */
	void dueSoon(Referral r) {
		String text = "A referral to " + r.toServiceName() + " from " + r.fromAgencyName() + " is due by "
				+ DAY.format(r.respondBy()) + ". Please answer it: accept it, or decline it with a reason.";
		notifications.notify(r.toAgencyId(), null, "Referral to " + r.toServiceName() + " due soon", text, link(r), false,
				text + " The referral is in your agency's referral inbox.");
	}

	/**
	 * A referral not answered by its deadline goes to the receiving agency's managers, or to the whole agency when
	 * it has none in Accord, and the referrer learns that it is late and who was told.
	 */
	void breached(Referral r, List<UUID> managers) {
		String late = "A referral to " + r.toServiceName() + " from " + r.fromAgencyName() + " was due by "
				+ DAY.format(r.respondBy()) + " and has not been answered.";
		String subject = "Referral to " + r.toServiceName() + " overdue";
		if (managers.isEmpty()) {
			String text = late + " Your agency has no agency manager in Accord, so everyone at it is told.";
			notifications.notify(r.toAgencyId(), null, subject, text, link(r), false,
					text + " The referral is in your agency's referral inbox.");
		}
		for (UUID manager : managers) {
			String text = late + " You are told as a manager of " + r.toAgencyName() + ".";
			notifications.notify(r.toAgencyId(), manager, subject, text, link(r), false,
					text + " The referral is in your agency's referral inbox.");
		}
		String text = "Your referral to " + r.toServiceName() + " (" + r.toAgencyName() + ") was due an answer by "
				+ DAY.format(r.respondBy()) + " and has not had one. "
				+ (managers.isEmpty() ? "Everyone at " + r.toAgencyName() + " has" : "Its managers at " + r.toAgencyName()
						+ " have") + " been told.";
		notifications.notify(r.fromAgencyId(), r.referredById(), "Referral to " + r.toServiceName() + " not answered in time",
				text, link(r), false, text);
	}

	private static String link(Referral r) {
		return "/referrals/" + r.id();
	}

	private static String firstWord(String what) {
		int colon = what.indexOf(':');
		return colon < 0 ? what : what.substring(0, colon);
	}

}
