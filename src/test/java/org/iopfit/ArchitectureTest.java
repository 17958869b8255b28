package org.iopfit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of the house conventions: the rules core is plain Java, and the web parts of
 * the features do not reach into each other.
 */
@AnalyzeClasses(packages = "org.iopfit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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

}
