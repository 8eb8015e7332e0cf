package org.accord.directory.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.Address;
import org.accord.directory.Area;
import org.accord.directory.OpeningTime;
import org.accord.directory.Service;
import org.accord.directory.ServiceDraft;
import org.accord.directory.Services;
import org.accord.directory.internal.HsdsReport.Outcome;
import org.accord.directory.internal.HsdsReport.RecordResult;
import org.accord.identity.Agencies;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.accord.directory.internal.HsdsJson.schemaErrors;
import static org.accord.directory.internal.HsdsJson.text;
import static org.accord.directory.internal.HsdsJson.uuidOf;

/**
 * Imports one HSDS record, checked whole before anything is written, in its own transaction with its audit
 * rows: a rejected record, or one the database refuses, leaves nothing behind.
 */
@Component
class HsdsRecords {

	private final Services services;

	private final Agencies agencies;

	private final HsdsOrganizations organizations;

	private final HsdsServiceReader reader;

	private final AuditLog audit;

	private final Schema serviceSchema;

	private final Schema organizationSchema;

	HsdsRecords(Services services, Agencies agencies, HsdsOrganizations organizations, HsdsServiceReader reader,
			AuditLog audit) throws IOException {
		this.services = services;
		this.agencies = agencies;
		this.organizations = organizations;
		this.reader = reader;
		this.audit = audit;
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		this.serviceSchema = HsdsJson.load(registry, "hsds/service.json");
		this.organizationSchema = HsdsJson.load(registry, "hsds/organization.json");
	}

	@Transactional
	public RecordResult organization(JsonNode node) {
		String name = text(node, "name");
		String sourceId = text(node, "id");
		List<String> reasons = new ArrayList<>(schemaErrors(organizationSchema, node));
		HsdsOrganizations.Change change = reasons.isEmpty() ? organizations.change(node, "", reasons) : null;
		if (!reasons.isEmpty()) {
			return RecordResult.rejected("organization", sourceId, name, reasons);
		}
		organizations.apply(change);
		List<String> ignored = HsdsOrganizations.ignored(node, change.type());
		return new RecordResult("organization", change.agencyId().toString(), name, change.outcome(), notKept("", ignored));
	}

	/**
	 * @param documentOrganizations agencies of the organizations imported from the same document, by their HSDS id
	 * @param parent the agency of the organization the service is listed under, or null for a service on its own
	 */
	@Transactional
	public RecordResult service(JsonNode node, Map<String, UUID> documentOrganizations, UUID parent) {
		String name = text(node, "name");
		String sourceId = text(node, "id");
		List<String> reasons = new ArrayList<>(schemaErrors(serviceSchema, node));
		if (!reasons.isEmpty()) {
			return RecordResult.rejected("service", sourceId, name, reasons);
		}
		List<String> notes = new ArrayList<>(notKept("", HsdsJson.ignored(node, HsdsServiceReader.READ)));
		HsdsOrganizations.Change organization = null;
		UUID agencyId = parent;
		JsonNode nested = parent == null && node.has("organization") && node.get("organization").isObject()
				? node.get("organization") : null;
		String organizationId = text(node, "organization_id");
		if (parent == null) {
			if (nested != null && organizationId != null && !organizationId.equals(text(nested, "id"))) {
				reasons.add("organization.id: is not the service's organization_id " + organizationId);
			}
			String key = organizationId != null ? organizationId : text(nested, "id");
			if (key != null && documentOrganizations.containsKey(key)) {
				agencyId = documentOrganizations.get(key);
			}
			else if (nested != null && reasons.isEmpty()) {
				organization = organizations.change(nested, "organization.", reasons);
				agencyId = organization == null ? null : organization.agencyId();
			}
			else if (key != null && agencies.find(uuidOf(key)).isPresent()) {
				agencyId = uuidOf(key);
			}
			else if (reasons.isEmpty()) {
				reasons.add("organization_id: the organization is not an agency of the partnership and is not in the document");
			}
		}
		UUID id = uuidOf(sourceId);
		Optional<Service> existing = services.find(id);
		ServiceDraft draft = reasons.isEmpty() ? reader.read(node, agencyId, existing, reasons, notes) : null;
		if (!reasons.isEmpty()) {
			return RecordResult.rejected("service", sourceId, name, reasons);
		}
		Outcome organizationOutcome = Outcome.UNCHANGED;
		if (organization != null) {
			organizations.apply(organization);
			organizationOutcome = organization.outcome();
			if (organizationOutcome != Outcome.UNCHANGED) {
				notes.add(0, "organization: " + (organizationOutcome == Outcome.CREATED ? "added" : "renamed") + " the agency "
						+ organization.name() + " (" + organization.agencyId() + ")");
			}
			notes.addAll(notKept("organization: ", HsdsOrganizations.ignored(nested, organization.type())));
		}
		Outcome outcome;
		if (existing.isEmpty()) {
			services.create(id, draft);
			audit.record(AuditEvent.of("IMPORT", "SERVICE", id).detail("created from HSDS"));
			outcome = Outcome.CREATED;
		}
		else if (normalise(draftOf(existing.get())).equals(normalise(draft))) {
			outcome = organizationOutcome == Outcome.UNCHANGED ? Outcome.UNCHANGED : Outcome.UPDATED;
		}
		else {
			services.update(id, existing.get().version(), draft);
			audit.record(AuditEvent.of("IMPORT", "SERVICE", id).detail("updated from HSDS"));
			outcome = Outcome.UPDATED;
		}
		return new RecordResult("service", id.toString(), name, outcome, List.copyOf(notes));
	}

	private static List<String> notKept(String where, List<String> fields) {
		return fields.isEmpty() ? List.of()
				: List.of(where + "not kept (Accord has no field for them): " + String.join(", ", fields));
	}

	/** The draft an existing service would export as, for telling "unchanged" from "updated". */
	private static ServiceDraft draftOf(Service s) {
		return new ServiceDraft(s.agencyId(), s.name(), s.description(), s.needs(), s.referralCriteria(), s.minAge(),
				s.maxAge(), s.genderServed(), s.acceptsChildren(), s.referralRoutes(), s.howToRefer(), s.referralPhone(),
				s.referralEmail(), s.waitingTimeDays(), s.openingHoursNote(), s.languages(), s.accessibility(), s.cost(), s.phone(),
				s.email(), s.website(), s.address(), s.addressConfidential(), s.safetyConstraints(), s.active(), s.ownerUserId(),
				s.lastVerifiedOn(), Set.copyOf(s.areas().stream().map(Area::id).toList()), s.openingTimes());
	}

	private static ServiceDraft normalise(ServiceDraft d) {
		Address address = d.address() == null || d.address().isEmpty() ? null : d.address();
		List<OpeningTime> times = d.openingTimes().stream()
			.sorted(Comparator.comparing(OpeningTime::day).thenComparing(OpeningTime::opens))
			.toList();
		return new ServiceDraft(d.agencyId(), d.name(), d.description() == null ? "" : d.description(), Set.copyOf(d.needs()),
				d.referralCriteria(), d.minAge(), d.maxAge(), d.genderServed(), d.acceptsChildren(), Set.copyOf(d.referralRoutes()),
				d.howToRefer(), d.referralPhone(), d.referralEmail(), d.waitingTimeDays(), d.openingHoursNote(),
				List.copyOf(d.languages()), d.accessibility(), d.cost(), d.phone(), d.email(), d.website(), address,
				d.addressConfidential(), d.safetyConstraints(), d.active(), null, d.lastVerifiedOn(), Set.copyOf(d.areaIds()),
				times);
	}

}
