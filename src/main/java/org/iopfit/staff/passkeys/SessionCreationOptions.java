package org.iopfit.staff.passkeys;

import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps the options of a passkey registration in progress in the session, as Spring
 * Security's own repository does, but in a form Spring Session JDBC can store: Spring
 * Security 7.0's {@link PublicKeyCredentialCreationOptions} is not {@code Serializable}
 * (spring-security#16431), and its algorithm and type constants are compared by identity
 * when the registration is checked (spring-security#17164). What the check reads (the
 * relying party, the challenge, the user, the algorithms and the user verification asked
 * for) is stored, and rebuilt from Spring Security's own constants.
 */
class SessionCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

	private static final String ATTRIBUTE = SessionCreationOptions.class.getName();

	private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
			PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384,
			PublicKeyCredentialParameters.ES512, PublicKeyCredentialParameters.RS256,
			PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512);

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialCreationOptions options) {
		if (options == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(ATTRIBUTE);
			}
			return;
		}
		request.getSession().setAttribute(ATTRIBUTE, Stored.of(options));
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Stored stored)) {
			return null;
		}
		return stored.toOptions();
	}

	/**
	 * The options as stored.
	 */
	record Stored(String rpId, String rpName, byte[] challenge, PublicKeyCredentialUserEntity user, long[] algorithms,
			String userVerification, String residentKey, Duration timeout) implements Serializable {

		static Stored of(PublicKeyCredentialCreationOptions options) {
			AuthenticatorSelectionCriteria selection = options.getAuthenticatorSelection();
			return new Stored(options.getRp().getId(), options.getRp().getName(), options.getChallenge().getBytes(),
					options.getUser(),
					options.getPubKeyCredParams().stream().mapToLong((p) -> p.getAlg().getValue()).toArray(),
					selection.getUserVerification().getValue(), selection.getResidentKey().getValue(),
					options.getTimeout());
		}

		PublicKeyCredentialCreationOptions toOptions() {
			List<PublicKeyCredentialParameters> parameters = ALGORITHMS.stream()
				.filter((p) -> Arrays.stream(this.algorithms).anyMatch((alg) -> alg == p.getAlg().getValue()))
				.toList();
			return PublicKeyCredentialCreationOptions.builder()
				.rp(PublicKeyCredentialRpEntity.builder().id(this.rpId).name(this.rpName).build())
				.user(this.user)
				.challenge(new Bytes(this.challenge))
				.pubKeyCredParams(parameters)
				.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.userVerification(userVerification(this.userVerification))
					.residentKey(ResidentKeyRequirement.valueOf(this.residentKey))
					.build())
				.attestation(AttestationConveyancePreference.NONE)
				.timeout(this.timeout)
				.build();
		}

		private static UserVerificationRequirement userVerification(String value) {
			return switch (value) {
				case "required" -> UserVerificationRequirement.REQUIRED;
				case "discouraged" -> UserVerificationRequirement.DISCOURAGED;
				default -> UserVerificationRequirement.PREFERRED;
			};
		}

	}

}
