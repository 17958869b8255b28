package org.iopfit;

import java.time.Clock;

import org.iopfit.placement.PlacementRules;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IopFitApplication {

	public static void main(String[] args) {
		SpringApplication.run(IopFitApplication.class, args);
	}

	@Bean
	PlacementRules placementRules() {
		return new PlacementRules();
	}

	/** The time, replaceable in tests. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
