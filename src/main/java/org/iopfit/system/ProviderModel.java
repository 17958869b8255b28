package org.iopfit.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the provider's details in the model of every page, error pages included, for the
 * call-us number in the header and footer.
 */
@ControllerAdvice
class ProviderModel {

	private final ProviderProperties provider;

	ProviderModel(ProviderProperties provider) {
		this.provider = provider;
	}

	@ModelAttribute("provider")
	ProviderProperties provider() {
		return this.provider;
	}

}
