package org.iopfit.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.iopfit.questions.Question;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the API, served at {@code /v3/api-docs}. The answers' schema
 * is built from {@link Question}, the same table the API and the pages read answers with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String ANSWERS = "ScreeningAnswers";

	static final String ANSWERS_SCHEMA = "#/components/schemas/" + ANSWERS;

	@Bean
	OpenApiCustomizer screeningAnswersSchema() {
		return (openApi) -> {
			openApi.info(new Info().title("IOP Fit Screener API")
				.version("1")
				.description("Suggests a level of care (outpatient, IOP, inpatient, or get help now) from the "
						+ "answers of a screening. A suggestion, not a diagnosis."));
			ObjectSchema crisis = new ObjectSchema();
			ObjectSchema answers = new ObjectSchema();
			answers.addProperty(Question.CRISIS, crisis);
			List<String> required = new ArrayList<>(List.of(Question.CRISIS));
			for (Question question : Question.all()) {
				boolean inCrisis = question.parent().isPresent();
				(inCrisis ? crisis : answers).addProperty(question.property(), schemaOf(question));
				if (inCrisis) {
					crisis.addRequiredItem(question.property());
				}
				else {
					required.add(question.property());
				}
			}
			answers.required(required);
			answers.additionalProperties(false);
			crisis.additionalProperties(false);
			openApi.getComponents().addSchemas(ANSWERS, answers);
		};
	}

	private static Schema<?> schemaOf(Question question) {
		return switch (question.kind()) {
			case YES_NO -> new BooleanSchema();
			case ONE_OF -> new StringSchema()._enum(question.choices());
			case ANY_OF,
					AT_LEAST_ONE_OF ->
				new ArraySchema().items(new StringSchema()._enum(question.choices()))
					.uniqueItems(true)
					.minItems((question.kind() == Question.Kind.AT_LEAST_ONE_OF) ? 1 : 0);
		};
	}

}
