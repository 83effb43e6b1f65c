package org.hria;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages depend on each other only through their public types, and never in a cycle. */
class ModularityTests {

	@Test
	void featurePackagesFormNoCyclesAndUseOnlyEachOthersApi() {
		ApplicationModules.of(HriaApplication.class).verify();
	}

}
