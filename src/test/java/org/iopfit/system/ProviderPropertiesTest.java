package org.iopfit.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.iopfit.IopFitApplication;

import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class ProviderPropertiesTest {

	@Test
	void thePhoneBecomesAnInternationalTelLink() {
		ProviderProperties provider = new ProviderProperties("Clinic", "844-639-8371", Map.of("en", "24/7"), "",
				List.of("en"));

		assertThat(provider.tel()).isEqualTo("tel:+18446398371");
	}

	@Test
	void hoursFallBackToEnglish() {
		ProviderProperties provider = new ProviderProperties("Clinic", "844-639-8371",
				Map.of("en", "Every day", "es", "Todos los días"), "", List.of("en"));

		assertThat(provider.hoursFor(Languages.SPANISH)).isEqualTo("Todos los días");
		assertThat(provider.hoursFor(Locale.FRENCH)).isEqualTo("Every day");
	}

	@Test
	void theAdmissionsLineSaysWhichLanguagesItAnswersIn() {
		ProviderProperties englishOnly = new ProviderProperties("Clinic", "844-639-8371", Map.of("en", "24/7"), "",
				List.of("en"));
		ProviderProperties both = new ProviderProperties("Clinic", "844-639-8371", Map.of("en", "24/7"), "",
				List.of("en", "es"));

		assertThat(englishOnly.answersIn(Languages.SPANISH)).isFalse();
		assertThat(both.answersIn(Languages.SPANISH)).isTrue();
		assertThat(both.answersIn(Locale.ENGLISH)).isTrue();
	}

	@Test
	void anInvalidPhoneStopsStartUpWithAClearMessage() {
		SpringApplication app = new SpringApplication(IopFitApplication.class);

		assertThatException()
			.isThrownBy(
					() -> app.run("--provider.phone=555-CALL-NOW", "--server.port=0", "--spring.main.banner-mode=off"))
			.satisfies((ex) -> assertThat(rootMessages(ex)).contains("provider.phone")
				.contains("must be a US phone number written like 844-639-8371"));
	}

	private static String rootMessages(Throwable ex) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
