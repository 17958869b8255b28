package org.iopfit.placement;

/**
 * The level of care suggested, in increasing order of intensity.
 */
public enum Level {

	/** Standard outpatient care, or a talk with a counselor. */
	OUTPATIENT,

	/** An Intensive Outpatient Program. */
	IOP,

	/** Inpatient or residential care. */
	INPATIENT,

	/**
	 * Get help now: emergency services or a crisis line, before any talk of placement.
	 */
	EMERGENCY

}
