package org.iopfit.system;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.stereotype.Component;

/**
 * Gives every page, error pages included, the provider's details (for the call-us number
 * in the header and footer) as a variable of the view resolver: set once, rather than a
 * model attribute worked out again for every request, JSON and redirects included.
 */
@Component
class ProviderModel {

	ProviderModel(ThymeleafViewResolver views, ProviderProperties provider) {
		views.addStaticVariable("provider", provider);
	}

}
