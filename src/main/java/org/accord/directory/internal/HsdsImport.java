package org.accord.directory.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.accord.directory.internal.HsdsReport.Outcome;
import org.accord.directory.internal.HsdsReport.RecordResult;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Imports HSDS 3.0 services and organizations, one record at a time: each is checked against the
 * HSDS schema and Accord's own rules, then created, updated or left as it is, in its own transaction.
 * A rejected record writes nothing and says why. Importing the same document twice changes nothing.
 */
@Component
class HsdsImport {

	private static final List<String> SERVICE_ONLY = List.of("status", "organization_id", "organization",
			"application_process", "eligibility_description", "service_areas", "schedules", "service_at_locations", "wait_time",
			"fees_description");

	private final JsonMapper json;

	private final HsdsRecords records;

	HsdsImport(JsonMapper json, HsdsRecords records) {
		this.json = json;
		this.records = records;
	}

	/** @throws InvalidInputException when the document is not JSON, or not an HSDS object or list page */
	HsdsReport importDocument(byte[] document) {
		List<JsonNode> items = items(document);
		Map<String, UUID> organizations = new HashMap<>();
		List<RecordResult> results = new ArrayList<>();
		// Organizations first, so services in the same document can name them.
		for (JsonNode item : items) {
			if (isOrganization(item)) {
				RecordResult r = safely("organization", item, () -> records.organization(item));
				results.add(r);
				if (r.outcome() != Outcome.REJECTED) {
					UUID agency = UUID.fromString(r.id());
					organizations.put(HsdsJson.text(item, "id"), agency);
					for (JsonNode service : HsdsJson.array(item, "services")) {
						results.add(safely("service", service, () -> records.service(service, organizations, agency)));
					}
				}
			}
		}
		for (JsonNode item : items) {
			if (!isOrganization(item)) {
				results.add(safely("service", item, () -> records.service(item, organizations, null)));
			}
		}
		return HsdsReport.of(results);
	}

	private List<JsonNode> items(byte[] document) {
		JsonNode root;
		try {
			root = json.readTree(new String(document, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("document", "is not valid JSON")));
		}
		if (root == null || !root.isObject()) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("document",
					"must be an HSDS service, organization or list page (a JSON object)")));
		}
		if (!root.has("contents")) {
			return List.of(root);
		}
		if (!root.get("contents").isArray()) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("contents", "must be an array")));
		}
		List<JsonNode> items = new ArrayList<>();
		root.get("contents").forEach(items::add);
		return items;
	}

	/** An organization has services or none of a service's own fields; anything else is checked as a service. */
	private static boolean isOrganization(JsonNode item) {
		return item.isObject() && (item.has("services") || SERVICE_ONLY.stream().noneMatch(item::has));
	}

	/**
	 * A record the database refuses (a value longer than Accord keeps, say) is reported as rejected; its own
	 * transaction has rolled back and the records before it stay imported.
	 */
	private static RecordResult safely(String type, JsonNode item, Supplier<RecordResult> work) {
		try {
			return work.get();
		}
		catch (DataIntegrityViolationException ex) {
			return RecordResult.rejected(type, HsdsJson.text(item, "id"), HsdsJson.text(item, "name"),
					List.of("a value is longer than Accord keeps, or breaks one of its rules (for example a phone "
							+ "number over 40 characters)"));
		}
	}

}
