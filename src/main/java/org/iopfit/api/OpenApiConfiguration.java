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

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the API, served at {@code /v3/api-docs}. The answers' schema
 * is built from {@link AnswerField}, the same table the API reads requests with.
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
			answers.addProperty(AnswerField.CRISIS, crisis);
			List<String> required = new ArrayList<>(List.of(AnswerField.CRISIS));
			for (AnswerField field : AnswerField.values()) {
				(field.inCrisis() ? crisis : answers).addProperty(field.property(), schemaOf(field));
				if (field.inCrisis()) {
					crisis.addRequiredItem(field.property());
				}
				else {
					required.add(field.property());
				}
			}
			answers.required(required);
			answers.additionalProperties(false);
			crisis.additionalProperties(false);
			openApi.getComponents().addSchemas(ANSWERS, answers);
		};
	}

	private static Schema<?> schemaOf(AnswerField field) {
		return switch (field.type()) {
			case YES_NO -> new BooleanSchema();
			case CHOICE -> new StringSchema()._enum(field.choices());
			case CHOICES,
					AT_LEAST_ONE_CHOICE ->
				new ArraySchema().items(new StringSchema()._enum(field.choices()))
					.uniqueItems(true)
					.minItems((field.type() == AnswerField.Type.AT_LEAST_ONE_CHOICE) ? 1 : 0);
		};
	}

}
