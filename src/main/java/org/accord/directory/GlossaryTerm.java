package org.accord.directory;

import java.util.UUID;

/** A term partner sectors use, in the partnership's own words (DASH, IDVA, MARAC, Section 136 ...). */
public record GlossaryTerm(UUID id, String term, String expansion, String definition, int version) {
}
