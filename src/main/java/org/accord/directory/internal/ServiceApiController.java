package org.accord.directory.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.accord.directory.Area;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.Service;
import org.accord.directory.ServiceQuery;
import org.accord.directory.Services;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ServiceApiController {

	record Page<T>(List<T> items, int page, int size, long total) {
	}

	private final Services services;

	ServiceApiController(Services services) {
		this.services = services;
	}

	@GetMapping("/api/v1/services")
	Page<ServiceView> search(@RequestParam(required = false) String q,
			@RequestParam(required = false)
					Set<@jakarta.validation.constraints.NotNull(message = "must each be a need") NeedCategory> need,
			@RequestParam(required = false) String area,
			@RequestParam(required = false) @Min(value = 0, message = "must be between 0 and 120") @Max(value = 120,
					message = "must be between 0 and 120") Integer age,
			@RequestParam(required = false) GenderServed gender, @RequestParam(defaultValue = "false") boolean children,
			@RequestParam(defaultValue = "false") boolean openNow,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200,
					message = "must be between 1 and 200") int size) {
		UUID areaId = area == null || area.isBlank() ? null : resolveArea(area);
		var result = services.search(new ServiceQuery(q, need, areaId, age, gender, children, openNow, page, size));
		AccordPrincipal me = CurrentUser.require();
		return new Page<>(result.items().stream().map(s -> ServiceView.of(s.forViewer(me.agencyId()))).toList(), page, size,
				result.total());
	}

	@GetMapping("/api/v1/services/{id}")
	ServiceView get(@PathVariable UUID id) {
		return ServiceView.of(load(id).forViewer(CurrentUser.require().agencyId()));
	}

	@PostMapping("/api/v1/services")
	ResponseEntity<ServiceView> create(@Valid @RequestBody ServiceRequest request) {
		UUID id = services.add(CurrentUser.require(), request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/services/" + id)).body(ServiceView.of(load(id)));
	}

	@PutMapping("/api/v1/services/{id}")
	ServiceView update(@PathVariable UUID id, @Valid @RequestBody ServiceRequest request) {
		services.change(CurrentUser.require(), id, request.version(), request.toDraft());
		return ServiceView.of(load(id));
	}

	private UUID resolveArea(String area) {
		return services.areas()
			.stream()
			.filter(a -> a.id().toString().equalsIgnoreCase(area) || a.code().equalsIgnoreCase(area)
					|| a.name().equalsIgnoreCase(area))
			.map(Area::id)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(List.of(new Problems.FieldMessage("area", "is not a known area"))));
	}

	private Service load(UUID id) {
		return services.find(id).orElseThrow(() -> new NotFoundException("Service"));
	}

}
