package baseline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The least work that the screener's pages and API need, on the same stack: Spring Security with
 * the same headers and a CSRF token in a cookie, no session, and pages that are the screener's own
 * HTML served as templates without expressions (Thymeleaf still adds the form's CSRF token).
 * Start it with --spring.thymeleaf.prefix=file:DIR/ (landing.html, step.html in DIR) and
 * --baseline.api-response=FILE (the JSON body that POST /api returns after parsing the request).
 */
@SpringBootApplication
@Controller
public class BaselineApplication {

	private final String apiResponse;

	private final String answersCookie;

	BaselineApplication(@Value("${baseline.api-response:}") String apiResponseFile,
			@Value("${baseline.answers-cookie:screening=x; Path=/; HttpOnly; SameSite=Lax}") String answersCookie)
			throws IOException {
		this.apiResponse = apiResponseFile.isEmpty() ? "{}" : Files.readString(Path.of(apiResponseFile));
		this.answersCookie = answersCookie;
	}

	public static void main(String[] args) {
		SpringApplication.run(BaselineApplication.class, args);
	}

	@Bean
	SecurityFilterChain security(HttpSecurity http) throws Exception {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		http.authorizeHttpRequests((r) -> r.anyRequest().permitAll())
			.csrf((c) -> c.csrfTokenRepository(tokens).ignoringRequestMatchers("/api/**"))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.headers((h) -> h.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'"))
				.frameOptions((f) -> f.deny()));
		return http.build();
	}

	@GetMapping("/")
	String landing() {
		return "landing";
	}

	@GetMapping("/screening")
	String step() {
		return "step";
	}

	/**
	 * A questionnaire page's post, with the least work: the form is read (and its CSRF token
	 * checked by Spring Security), then a redirect to the next page that sets a cookie of
	 * the same size as the screener's sealed answers.
	 */
	@PostMapping("/screening/{slug}")
	ResponseEntity<Void> answer(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create("/screening/next"))
			.header(HttpHeaders.SET_COOKIE, this.answersCookie)
			.build();
	}

	@PostMapping("/api/v1/screenings")
	ResponseEntity<String> api(@RequestBody Map<String, Object> answers) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.apiResponse);
	}

}
