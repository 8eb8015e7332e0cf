package org.accord.directory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.internal.HsdsReport.Outcome;
import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.identity.AgencyType;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import static org.accord.directory.internal.HsdsJson.attributeValues;
import static org.accord.directory.internal.HsdsJson.enumValue;
import static org.accord.directory.internal.HsdsJson.text;
import static org.accord.directory.internal.HsdsJson.uuidOf;

/**
 * An HSDS organization as an agency of the partnership. An agency is only a name and a type, so that is all
 * an import keeps; {@link HsdsExport} writes the type as the organization's description, which reads back.
 * Deciding and writing are separate steps, so a record that is rejected later has written no agency.
 */
@Component
class HsdsOrganizations {

	/** What importing an organization would do to the agencies; {@code agencyId} is the agency it is, or will be. */
	record Change(UUID agencyId, String name, AgencyType type, Outcome outcome, Agency existing) {
	}

	private static final Set<String> READ = Set.of("id", "name", "description", "attributes", "services");

	private final Agencies agencies;

	private final AuditLog audit;

	HsdsOrganizations(Agencies agencies, AuditLog audit) {
		this.agencies = agencies;
		this.audit = audit;
	}

	/**
	 * Matches the organization to an agency by id, or else by name (names are unique among agencies). A known
	 * agency is renamed when its id matches and its name does not; nothing else about it is changed.
	 *
	 * @param field where the organization is in the record ("" or "organization."), to name it in reasons
	 * @return the change, or null with the reasons added
	 */
	Change change(JsonNode node, String field, List<String> reasons) {
		String name = text(node, "name") == null ? "" : text(node, "name").trim();
		if (name.isEmpty() || name.length() > 200) {
			reasons.add(field + "name: must be 1 to 200 characters");
			return null;
		}
		UUID id = uuidOf(text(node, "id"));
		Optional<Agency> existing = agencies.find(id).or(() -> agencies.findByName(name));
		if (existing.isEmpty()) {
			return new Change(id, name, type(node), Outcome.CREATED, null);
		}
		Agency agency = existing.get();
		if (agency.id().equals(id) && !agency.name().equals(name)) {
			if (agencies.findByName(name).filter(a -> !a.id().equals(id)).isPresent()) {
				reasons.add(field + "name: another agency is already called " + name);
				return null;
			}
			return new Change(id, name, agency.type(), Outcome.UPDATED, agency);
		}
		return new Change(agency.id(), agency.name(), agency.type(), Outcome.UNCHANGED, agency);
	}

	/** Writes the change with its audit row, in the caller's transaction. */
	void apply(Change change) {
		if (change.outcome() == Outcome.CREATED) {
			agencies.create(change.agencyId(), change.name(), change.type());
			audit.record(AuditEvent.of("IMPORT", "AGENCY", change.agencyId()).detail("created from HSDS"));
		}
		else if (change.outcome() == Outcome.UPDATED) {
			agencies.rename(change.agencyId(), change.existing().version(), change.name());
			audit.record(AuditEvent.of("IMPORT", "AGENCY", change.agencyId()).detail("renamed from HSDS"));
		}
	}

	/** The organization's fields an import leaves out: all but its name, its type and its services. */
	static List<String> ignored(JsonNode node, AgencyType type) {
		List<String> fields = new ArrayList<>(HsdsJson.ignored(node, READ));
		if (text(node, "description") != null && !type.label().equals(text(node, "description"))) {
			fields.add(0, "description");
		}
		return fields;
	}

	/** From Accord's attribute, or the description Accord exports (the type's label); otherwise "Other". */
	private static AgencyType type(JsonNode node) {
		String description = text(node, "description");
		return attributeValues(node, HsdsExport.AGENCY_TYPE).stream()
			.map(v -> enumValue(AgencyType.class, v))
			.filter(Objects::nonNull)
			.findFirst()
			.or(() -> Arrays.stream(AgencyType.values()).filter(t -> t.label().equals(description)).findFirst())
			.orElse(AgencyType.OTHER);
	}

}
