package org.accord.referral;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.accord.identity.Notifications;

import org.springframework.stereotype.Component;

/**
 * What the two agencies are told as a referral moves. Nothing names the person, in the app or by e-mail: a
 * notification can be read over a shoulder, and an e-mail can sit in a shared inbox.
 */
@Component
class ReferralNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final Notifications notifications;

	ReferralNotices(Notifications notifications) {
		this.notifications = notifications;
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
		notifications.notify(r.toAgencyId(), null, "Concern raised on a declined referral", service + " For the service "
				+ "manager's attention.", link(r), true, service);
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

	private static String link(Referral r) {
		return "/referrals/" + r.id();
	}

	private static String firstWord(String what) {
		int colon = what.indexOf(':');
		return colon < 0 ? what : what.substring(0, colon);
	}

}
