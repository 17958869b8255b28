package org.iopfit.screening.web;

import java.lang.reflect.Method;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopfit.questions.Step;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Each questionnaire page's own address ({@code /screening/who},
 * {@code /screening/safety}, ...), GET and POST, mapped from {@link Step} (the one
 * definition of the pages) to the page's handlers in {@link ScreeningController}. A
 * literal address is found with one map look-up; a pattern such as
 * {@code /screening/{slug}} is matched against every mapping of the app and its value
 * converted on every request, about a tenth of a step post's processor time
 * (docs/performance.md).
 */
@Component
class StepRoutes implements SmartInitializingSingleton {

	private final RequestMappingHandlerMapping mapping;

	private final ScreeningController controller;

	StepRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
			ScreeningController controller) {
		this.mapping = mapping;
		this.controller = controller;
	}

	@Override
	public void afterSingletonsInstantiated() {
		RequestMappingInfo.BuilderConfiguration options = this.mapping.getBuilderConfiguration();
		for (Step step : Step.all()) {
			String path = ScreeningController.BASE + "/" + step.slug();
			Page page = new Page(this.controller, step);
			this.mapping.registerMapping(
					RequestMappingInfo.paths(path).methods(RequestMethod.GET).options(options).build(), page,
					Page.SHOW);
			this.mapping.registerMapping(
					RequestMappingInfo.paths(path).methods(RequestMethod.POST).options(options).build(), page,
					Page.ANSWER);
		}
	}

	/**
	 * One page's handlers.
	 *
	 * @param controller the questionnaire
	 * @param step the page
	 */
	record Page(ScreeningController controller, Step step) {

		static final Method SHOW = ReflectionUtils.findMethod(Page.class, "show", String.class, String.class,
				HttpServletRequest.class, Locale.class);

		static final Method ANSWER = ReflectionUtils.findMethod(Page.class, "answer", MultiValueMap.class,
				HttpServletRequest.class, HttpServletResponse.class, Locale.class);

		ModelAndView show(@RequestParam(name = ScreeningController.RETURN, required = false) String back,
				@RequestParam(name = "notice", required = false) String notice, HttpServletRequest request,
				Locale locale) {
			return this.controller.step(this.step, back, notice, request, locale);
		}

		ModelAndView answer(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
				HttpServletResponse response, Locale locale) {
			return this.controller.answer(this.step, form, request, response, locale);
		}

	}

}
