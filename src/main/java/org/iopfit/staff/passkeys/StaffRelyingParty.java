package org.iopfit.staff.passkeys;

import java.util.LinkedHashSet;
import java.util.Set;

import org.iopfit.staff.secondfactor.SecondFactorProperties;

import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Spring Security's WebAuthn relying party (webauthn4j checks every signature), made when
 * first used rather than at start-up: with no origins configured, the origin is
 * {@code http://localhost:<port>} of the running server, whose port is known only once it
 * has started (development, and tests on a random port). Also refuses a passkey name that
 * is empty or longer than {@value #MAX_LABEL} characters.
 */
class StaffRelyingParty implements WebAuthnRelyingPartyOperations {

	/** The longest name a passkey may have. */
	static final int MAX_LABEL = 60;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final SecondFactorProperties.WebAuthn properties;

	private final Environment environment;

	private volatile WebAuthnRelyingPartyOperations delegate;

	StaffRelyingParty(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			SecondFactorProperties.WebAuthn properties, Environment environment) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return delegate().createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		String label = request.getPublicKey().getLabel();
		if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
			throw new IllegalArgumentException("A passkey needs a name of 1 to " + MAX_LABEL + " characters");
		}
		return delegate().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return delegate().createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return delegate().authenticate(request);
	}

	/**
	 * The origins passkeys are accepted from.
	 * @return the configured ones, or {@code http://localhost:<port>}
	 */
	Set<String> allowedOrigins() {
		if (!this.properties.allowedOrigins().isEmpty()) {
			return new LinkedHashSet<>(this.properties.allowedOrigins());
		}
		String port = this.environment.getProperty("local.server.port", "8080");
		return Set.of("http://localhost:" + port);
	}

	private WebAuthnRelyingPartyOperations delegate() {
		WebAuthnRelyingPartyOperations operations = this.delegate;
		if (operations == null) {
			synchronized (this) {
				if (this.delegate == null) {
					PublicKeyCredentialRpEntity rp = PublicKeyCredentialRpEntity.builder()
						.id(this.properties.rpId())
						.name(this.properties.rpName())
						.build();
					this.delegate = new Webauthn4JRelyingPartyOperations(this.userEntities, this.credentials, rp,
							allowedOrigins());
				}
				operations = this.delegate;
			}
		}
		return operations;
	}

}
