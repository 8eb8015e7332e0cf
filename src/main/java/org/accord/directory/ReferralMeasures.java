package org.accord.directory;

import java.time.LocalDate;
import java.util.Set;

/**
 * What referrals between agencies show, measured where the referrals are held. The directory's agreements name
 * their measures; the module that holds the referrals implements this, so the directory does not depend on it.
 */
public interface ReferralMeasures {

	/** The referrals sent in [from, to] from one of the agencies to another of them. */
	ReferralFigures between(Set<java.util.UUID> agencies, LocalDate from, LocalDate to);

}
