package org.iopfit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IopFitApplication {

	public static void main(String[] args) {
		SpringApplication.run(IopFitApplication.class, args);
	}

}
