package org.accord.directory.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.platform.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partnership's agencies, for any signed-in user or integration. Agencies are not personal data. */
@RestController
class AgencyApiController {

	record AgencyView(String id, String name, String type, String typeLabel, boolean enabled) {

		static AgencyView of(Agency a) {
			return new AgencyView(a.id().toString(), a.name(), a.type().name(), a.type().label(), a.enabled());
		}

	}

	record Page<T>(List<T> items, int page, int size, long total) {
	}

	private final Agencies agencies;

	AgencyApiController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/api/v1/agencies")
	Page<AgencyView> list(@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "must be between 1 and 200")
			@Max(value = 200, message = "must be between 1 and 200") int size) {
		List<AgencyView> all = agencies.findAll().stream().map(AgencyView::of).toList();
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new Page<>(all.subList(from, to), page, size, all.size());
	}

	@GetMapping("/api/v1/agencies/{id}")
	AgencyView get(@PathVariable UUID id) {
		return agencies.find(id).map(AgencyView::of).orElseThrow(() -> new NotFoundException("Agency"));
	}

}
