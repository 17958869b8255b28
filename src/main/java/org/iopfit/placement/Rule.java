package org.iopfit.placement;

/**
 * The placement rules of policy v1, in the order they are tried: the first that matches
 * decides.
 */
public enum Rule {

	/** Any crisis answer: emergency help first. */
	R1,

	/** Withdrawal with seizures or delirium: medically supervised withdrawal. */
	R2,

	/** Severe, with a medical or mental-health condition. */
	R3,

	/** An unstable mental-health condition and some signs. */
	R4,

	/** Step-down after recent inpatient treatment. */
	R5,

	/** Substances at home, moderate or severe. */
	R6,

	/** Cannot attend, or no stable housing, moderate or severe. */
	R7,

	/** No support, moderate or severe. */
	R8,

	/** Moderate or severe, without the needs above. */
	R9,

	/** Mild, with a relapse after treatment. */
	R10,

	/** Everything else. */
	R11

}
