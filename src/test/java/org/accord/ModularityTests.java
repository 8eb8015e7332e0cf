package org.accord;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AccordApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicTypes() {
		modules.verify();
	}

	@Test
	void everyCapabilityHasItsModule() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("directory",
				"people", "sharing", "referral", "risk", "meeting", "plan", "portal", "insight", "audit", "identity",
				"interop", "platform");
	}

	@Test
	void writeModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
