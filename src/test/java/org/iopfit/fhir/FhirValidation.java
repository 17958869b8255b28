package org.iopfit.fhir;

import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI's instance validator, offline: the R4 specification's own profiles and code
 * systems from the validation resources, plus the screening's Questionnaire and
 * CodeSystems, so that a QuestionnaireResponse is checked against the Questionnaire. No
 * terminology server: nothing outside Maven Central is reachable here.
 */
final class FhirValidation {

	private final FhirValidator validator;

	FhirValidation(Questionnaire questionnaire, Map<String, CodeSystem> codeSystems) {
		FhirContext context = Fhir.context();
		PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(context);
		codeSystems.values().forEach(ours::addCodeSystem);
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
				new QuestionnaireSupport(context, questionnaire), ours,
				new InMemoryTerminologyServerValidationSupport(context),
				new CommonCodeSystemsTerminologyService(context), new SnapshotGeneratingValidationSupport(context));
		FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
		this.validator = context.newValidator().registerValidatorModule(instanceValidator);
	}

	/** The errors (and worse) the validator finds, one line each. */
	List<String> errors(IBaseResource resource) {
		return this.validator.validateWithResult(resource)
			.getMessages()
			.stream()
			.filter((message) -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.map(FhirValidation::line)
			.toList();
	}

	/** Everything the validator says, for a look by hand. */
	List<String> messages(IBaseResource resource) {
		return this.validator.validateWithResult(resource).getMessages().stream().map(FhirValidation::line).toList();
	}

	private static String line(SingleValidationMessage message) {
		return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
	}

	/** Gives the validator the Questionnaire a response names, by canonical URL. */
	private static final class QuestionnaireSupport implements IValidationSupport {

		private final FhirContext context;

		private final Questionnaire questionnaire;

		QuestionnaireSupport(FhirContext context, Questionnaire questionnaire) {
			this.context = context;
			this.questionnaire = questionnaire;
		}

		@Override
		public FhirContext getFhirContext() {
			return this.context;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
			String unversioned = (url != null && url.contains("|")) ? url.substring(0, url.indexOf('|')) : url;
			boolean wanted = (type == null || type.isInstance(this.questionnaire))
					&& this.questionnaire.getUrl().equals(unversioned)
					&& (url.equals(unversioned) || url.endsWith("|" + this.questionnaire.getVersion()));
			return wanted ? (T) this.questionnaire : null;
		}

	}

}
