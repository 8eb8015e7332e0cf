package org.accord.referral.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.directory.NeedCategory;
import org.accord.platform.security.CurrentUser;
import org.accord.referral.ServiceGap;
import org.accord.referral.ServiceGaps;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The gap register over the API. */
@RestController
class ServiceGapApiController {

	record NewGap(@NotNull NeedCategory need, UUID areaId, @NotBlank @Size(max = 2000) String why) {
	}

	private final ServiceGaps gaps;

	private final Clock clock;

	ServiceGapApiController(ServiceGaps gaps, Clock clock) {
		this.gaps = gaps;
		this.clock = clock;
	}

	@GetMapping("/api/v1/service-gaps")
	Map<String, List<ServiceGap>> list() {
		return Map.of("items", gaps.since(clock.instant().minus(ServiceGapsController.YEAR), 500));
	}

	@PostMapping("/api/v1/service-gaps")
	ResponseEntity<Map<String, UUID>> create(@Valid @RequestBody NewGap body) {
		UUID id = gaps.record(CurrentUser.require(), new ServiceGap.Draft(body.need(), body.areaId(), body.why()));
		return ResponseEntity.created(URI.create("/api/v1/service-gaps")).body(Map.of("id", id));
	}

}
