package org.iopfit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of the house conventions: the rules core is plain Java, the web parts of the
 * features do not reach into each other, and no package needs one above it.
 */
@AnalyzeClasses(packages = "org.iopfit",
		importOptions = { ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotGeneratedAheadOfTime.class })
class ArchitectureTest {

	/**
	 * The classes that {@code ./mvnw -Paot package} generates beside ours (bean
	 * definitions, Spring Data's property accessors): written by Spring, not by us.
	 */
	static final class NotGeneratedAheadOfTime implements ImportOption {

		@Override
		public boolean includes(Location location) {
			return !location.contains("__");
		}

	}

	/**
	 * No Spring, Jakarta, Jackson or web type in the rules: they can be tested and reused
	 * without a container. Never allowed to pass on an empty package.
	 */
	@ArchTest
	static final ArchRule placementIsPlainJava = classes().that()
		.resideInAPackage("org.iopfit.placement..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "org.iopfit.placement..")
		.allowEmptyShould(false);

	/**
	 * The question table is plain Java too: the pages, the API and the documentation
	 * derive from it, so it cannot depend on any of them.
	 */
	@ArchTest
	static final ArchRule questionTableIsPlainJava = classes().that()
		.resideInAPackage("org.iopfit.questions..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "org.iopfit.questions..", "org.iopfit.placement..")
		.allowEmptyShould(false);

	@ArchTest
	static final ArchRule webPartsOfFeaturesDoNotDependOnEachOther = slices().matching("org.iopfit.(*).web..")
		.should()
		.notDependOnEachOther()
		.allowEmptyShould(false);

	@ArchTest
	static final ArchRule apiDoesNotDependOnTheQuestionnairePages = noClasses().that()
		.resideInAPackage("org.iopfit.api..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.iopfit.screening..web..")
		.allowEmptyShould(false);

	@ArchTest
	static final ArchRule questionnairePagesDoNotDependOnTheApi = noClasses().that()
		.resideInAPackage("org.iopfit.screening..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.iopfit.api..")
		.allowEmptyShould(false);

	/**
	 * No two packages need each other: each can be read, and changed, knowing only the
	 * ones below it. A package counts apart from its sub-packages, so the staff console's
	 * parts cannot lean on each other either.
	 */
	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = slices().matching("org.iopfit.(**)")
		.should()
		.beFreeOfCycles()
		.allowEmptyShould(false);

	/**
	 * The same between features, each with all its sub-packages.
	 */
	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("org.iopfit.(*)..")
		.should()
		.beFreeOfCycles()
		.allowEmptyShould(false);

	/**
	 * The records are kept for the staff console, but know nothing of it: the audit log
	 * and the retention rules they use live below both.
	 */
	@ArchTest
	static final ArchRule recordsNeverImportTheStaffConsole = noClasses().that()
		.resideInAPackage("org.iopfit.records..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.iopfit.staff..")
		.allowEmptyShould(false);

	/**
	 * The audit log and the retention job serve the records, the staff accounts and the
	 * limits, and use none of them (nor any page or the API).
	 */
	@ArchTest
	static final ArchRule auditAndRetentionAreBelowTheirUsers = noClasses().that()
		.resideInAnyPackage("org.iopfit.audit..", "org.iopfit.retention..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.iopfit.records..", "org.iopfit.staff..", "org.iopfit.limits..", "org.iopfit..web..",
				"org.iopfit.api..")
		.allowEmptyShould(false);

	/**
	 * The staff console's core (accounts, sign-in, the second factor) knows nothing of
	 * any page or of the API: the pages use it, not the other way round.
	 */
	@ArchTest
	static final ArchRule staffCoreDoesNotDependOnPagesOrTheApi = noClasses().that()
		.resideInAnyPackage("org.iopfit.staff", "org.iopfit.staff.secondfactor", "org.iopfit.staff.passkeys")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.iopfit..web..", "org.iopfit.api..")
		.allowEmptyShould(false);

	/**
	 * Saved screenings, codes and call-backs know nothing of any page or of the API: the
	 * public forms and the staff pages both use them.
	 */
	@ArchTest
	static final ArchRule recordsDoNotDependOnPagesOrTheApi = noClasses().that()
		.resideInAPackage("org.iopfit.records..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.iopfit..web..", "org.iopfit.api..")
		.allowEmptyShould(false);

	/**
	 * The public questionnaire, the API and the rules never reach into staff records.
	 */
	@ArchTest
	static final ArchRule publicPartsDoNotDependOnTheStaffConsole = noClasses().that()
		.resideInAnyPackage("org.iopfit.screening..", "org.iopfit.api..", "org.iopfit.placement..", "org.iopfit.fhir..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.iopfit.staff..")
		.allowEmptyShould(false);

	/**
	 * Cross-cutting setup is used by the features and uses none of them, the staff
	 * console included: every feature may rely on it without pulling in another.
	 */
	@ArchTest
	static final ArchRule systemUsesNoFeature = classes().that()
		.resideInAPackage("org.iopfit.system..")
		.should()
		.onlyDependOnClassesThat(resideOutsideOfPackage("org.iopfit..").or(resideInAPackage("org.iopfit.system..")))
		.allowEmptyShould(false);

	/**
	 * What lets a request in (https, the body's size, headers, CSRF) runs before any page
	 * and knows nothing of the pages' own setup (languages, error pages, the provider),
	 * so it can be read, and trusted, on its own.
	 */
	@ArchTest
	static final ArchRule requestGuardsAreBelowThePagesSetup = noClasses().that()
		.resideInAPackage("org.iopfit.system.security..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.iopfit.system")
		.allowEmptyShould(false);

	/**
	 * Staff pages are package-private controllers over the staff core.
	 */
	@ArchTest
	static final ArchRule staffControllersArePackagePrivate = classes().that()
		.resideInAPackage("org.iopfit.staff.web..")
		.and()
		.areAnnotatedWith(org.springframework.stereotype.Controller.class)
		.should()
		.notBePublic()
		.allowEmptyShould(false);

	/**
	 * HAPI FHIR's model and parser stay inside the FHIR feature's core: the API and the
	 * staff console hand it answers and get JSON back, so a FHIR upgrade touches one
	 * package.
	 */
	@ArchTest
	static final ArchRule hapiFhirStaysInTheFhirCore = noClasses().that()
		.resideOutsideOfPackage("org.iopfit.fhir")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("ca.uhn.fhir..", "org.hl7.fhir..")
		.allowEmptyShould(false);

	/**
	 * The FHIR core is used by the API, its own web part and the staff console, and uses
	 * none of them.
	 */
	@ArchTest
	static final ArchRule fhirCoreDoesNotDependOnPagesOrTheApi = noClasses().that()
		.resideInAPackage("org.iopfit.fhir")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.iopfit..web..", "org.iopfit.api..")
		.allowEmptyShould(false);

}
