package org.iopfit.placement;

/**
 * The age of the person the screening is about (policy v1.1). Advice only: teenagers are
 * pointed to programs for teens, with a parent or guardian and the state's consent rules.
 */
public enum AgeGroup {

	UNDER_18, AGE_18_TO_25, AGE_26_OR_OVER

}
