package org.iopfit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * The one {@link FhirContext} of the application, created on first use: it scans the R4
 * model (a second or more), which start-up should not wait for.
 */
final class Fhir {

	private Fhir() {
	}

	/** The context: thread-safe, expensive, so one for all. */
	static FhirContext context() {
		return Holder.CONTEXT;
	}

	/**
	 * A JSON parser (cheap, and not to be shared between threads) that refuses anything
	 * that is not FHIR instead of logging it: a lenient parser's log line could quote an
	 * answer.
	 */
	static IParser parser() {
		return context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
	}

	/** A JSON writer. */
	static IParser writer() {
		return context().newJsonParser().setPrettyPrint(true);
	}

	/** Initialised by the JVM on first access, once, thread-safely. */
	private static final class Holder {

		static final FhirContext CONTEXT = FhirContext.forR4();

	}

}
