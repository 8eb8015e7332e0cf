package org.accord.people;

import java.util.UUID;

/**
 * A likely match from search-before-create: only enough to recognise the person (name, year of birth
 * and the postcode district), never anything about their case.
 */
public record PersonMatch(UUID id, String name, Integer yearOfBirth, String area, double score) {
}
