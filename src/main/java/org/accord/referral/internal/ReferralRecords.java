package org.accord.referral.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.referral.Referral;
import org.accord.referral.Referrals;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.stereotype.Component;

/**
 * The person's referrals for the subject access export: who referred them where, why, what was shared and how it
 * ended. A referral is the record of a disclosure, so it is kept as long as the person record itself.
 */
@Component
class ReferralRecords implements PersonRecords {

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final Referrals referrals;

	ReferralRecords(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public String title() {
		return "Referrals";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return referrals.heldAbout(personId).stream().map(r -> item(r, others)).toList();
	}

	private static Item item(Referral r, OtherPeople others) {
		String text = "Referred by " + r.referredByName() + " to " + r.toServiceName() + " (" + r.toAgencyName() + "): "
				+ r.reason() + ". Shared: "
				+ r.categories().stream().map(c -> c.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", "))
				+ ". Now " + r.status().label().toLowerCase(Locale.UK)
				+ (r.declineReason() == null ? "" : " (" + r.declineReason().label().toLowerCase(Locale.UK) + ")")
				+ (r.outcome() == null ? "" : " (" + r.outcome().label().toLowerCase(Locale.UK) + ")") + ".";
		String category = r.categories().stream().map(Enum::name).collect(Collectors.joining(", "));
		String mentioned = others.mentionedIn(r.reason());
		return new Item(category, r.fromAgencyName(), r.createdAt().atZone(ZONE).toLocalDate().toString(), text,
				mentioned != null, mentioned == null ? null : "Names " + mentioned);
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		if (!expired.containsAll(Set.of(InformationCategory.values()))) {
			return;
		}
		for (UUID id : referrals.removeAll(personId)) {
			removals.removed(personId, "REFERRAL", id.toString(), InformationCategory.CORE_PROFILE);
		}
	}

}
