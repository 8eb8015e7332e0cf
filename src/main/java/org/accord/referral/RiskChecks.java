package org.accord.referral;

import org.accord.platform.web.InvalidFieldException;

/** What a decline's risk check must say: a concern, and whether the person was told, whenever they are at risk. */
final class RiskChecks {

	private RiskChecks() {
	}

	static void check(Referral.RiskCheck risk) {
		if (risk == null || !risk.atRisk()) {
			return;
		}
		if (risk.concern() == null || risk.concern().isBlank()) {
			throw new InvalidFieldException("concern", "Say what the concern is, so the referrer and your manager can act");
		}
		if (risk.concern().length() > 4000) {
			throw new InvalidFieldException("concern", "Say what the concern is in 4000 characters or fewer");
		}
		if (risk.told() == null) {
			throw new InvalidFieldException("told", "Say whether the person has been told of the concern");
		}
	}

}
