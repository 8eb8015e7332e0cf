package org.accord.directory;

import java.util.Set;
import java.util.UUID;

/**
 * A directory search: free text (typo-tolerant) plus filters. Empty filters match everything.
 *
 * @param gender the person the service is for; services for anyone always match
 * @param withChildren the person comes with dependent children
 * @param openNow only services open at the moment of the search
 */
public record ServiceQuery(String text, Set<NeedCategory> needs, UUID areaId, Integer age, GenderServed gender,
		boolean withChildren, boolean openNow, int page, int size) {

	public ServiceQuery {
		text = text == null || text.isBlank() ? null : text.trim();
		needs = needs == null ? Set.of() : Set.copyOf(needs);
		page = Math.max(0, page);
		size = Math.max(1, Math.min(size, 200));
	}

	public static ServiceQuery text(String text) {
		return new ServiceQuery(text, Set.of(), null, null, null, false, false, 0, 50);
	}

}
