package org.iopfit.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The treatment provider that people are asked to call. Documented with its defaults in
 * {@code application.yml}; an invalid value stops start-up with a message naming it.
 *
 * @param name the provider's name as shown on the pages
 * @param phone the admissions number, written like {@code 844-639-8371}
 * @param hours when the number answers, by language ({@code en}, {@code es})
 * @param website the provider's website, or empty for none
 * @param languages the languages the admissions line answers in, as language codes
 * ({@code en}, {@code es}); a page in another language says so and names a line that does
 * answer in it
 */
@Validated
@ConfigurationProperties("provider")
public record ProviderProperties(@NotBlank String name,
		@NotBlank @Pattern(regexp = "[2-9]\\d{2}-\\d{3}-\\d{4}",
				message = "must be a US phone number written like 844-639-8371") String phone,
		@NotEmpty Map<String, @NotBlank String> hours,
		@Pattern(regexp = "(https://\\S+)?", message = "must be empty or start with https://") String website,
		@NotEmpty List<@Pattern(regexp = "[a-z]{2}",
				message = "must be a two-letter language code like es") String> languages) {

	/**
	 * Whether the admissions line answers in a page's language.
	 * @param locale the page's language
	 * @return whether a caller can speak that language on the line
	 */
	public boolean answersIn(Locale locale) {
		return this.languages.contains(locale.getLanguage());
	}

	/** A {@code tel:} link that dials the admissions number. */
	public String tel() {
		return "tel:+1" + this.phone.replace("-", "");
	}

	/**
	 * When the number answers, in the given language, or in English where that language
	 * has no text.
	 * @param locale the page's language
	 * @return the opening hours
	 */
	public String hoursFor(Locale locale) {
		String hours = this.hours.get(locale.getLanguage());
		return (hours != null) ? hours : this.hours.getOrDefault("en", this.hours.values().iterator().next());
	}

}
