package org.hria.recommendation;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock of the city (Korea Standard Time), injected where "today" decides a result. */
@Configuration
class CityClock {

	@Bean
	Clock hriaCityClock() {
		return Clock.system(Clocks.CITY);
	}

}
