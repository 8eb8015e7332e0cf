package org.accord.directory.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.accord.directory.Service;
import org.accord.directory.Services;
import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.security.Role;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory in Open Referral HSDS 3.0 form, and its import. */
@RestController
class HsdsApiController {

	private final Services services;

	private final Agencies agencies;

	private final HsdsExport export;

	private final HsdsImport importer;

	HsdsApiController(Services services, Agencies agencies, HsdsExport export, HsdsImport importer) {
		this.services = services;
		this.agencies = agencies;
		this.export = export;
		this.importer = importer;
	}

	@GetMapping("/api/v1/hsds/services")
	Map<String, Object> services(@RequestParam(defaultValue = "1") @Min(value = 1, message = "must be 1 or more") int page,
			@RequestParam(name = "per_page", defaultValue = "50") @Min(value = 1,
					message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int perPage) {
		var result = services.all(page - 1, perPage);
		List<Object> items = result.items().stream().map(s -> (Object) export.listItem(s.withoutConfidentialAddress()))
			.toList();
		return HsdsExport.page(items, result.total(), page, perPage);
	}

	@GetMapping("/api/v1/hsds/services/{id}")
	Map<String, Object> service(@PathVariable UUID id) {
		Service service = services.find(id).orElseThrow(() -> new NotFoundException("Service"));
		return export.service(service, agencies.find(service.agencyId()).orElseThrow());
	}

	@GetMapping("/api/v1/hsds/organizations")
	Map<String,
			Object> organizations(@RequestParam(defaultValue = "1") @Min(value = 1, message = "must be 1 or more") int page,
					@RequestParam(name = "per_page", defaultValue = "50") @Min(value = 1,
							message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int perPage) {
		List<Agency> all = agencies.findAll();
		int from = (int) Math.min((long) (page - 1) * perPage, all.size());
		int to = Math.min(from + perPage, all.size());
		List<Object> items = all.subList(from, to).stream().map(a -> (Object) export.organizationItem(a)).toList();
		return HsdsExport.page(items, all.size(), page, perPage);
	}

	@GetMapping("/api/v1/hsds/organizations/{id}")
	Map<String, Object> organization(@PathVariable UUID id) {
		Agency agency = agencies.find(id).orElseThrow(() -> new NotFoundException("Organization"));
		return export.organization(agency, services.findByAgency(id));
	}

	@PostMapping(path = "/api/v1/hsds/import", consumes = "application/json")
	HsdsReport importDocument(@RequestBody byte[] document) {
		if (!CurrentUser.require().hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only administrators import into the directory");
		}
		return importer.importDocument(document);
	}

}
