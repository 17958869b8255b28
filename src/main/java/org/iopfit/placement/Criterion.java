package org.iopfit.placement;

/**
 * The eleven signs of a substance use disorder asked about for the past 12 months. Only
 * how many are present decides anything; which ones is for the people who read the
 * answers.
 */
public enum Criterion {

	LARGER_OR_LONGER, CANNOT_CUT_DOWN, TIME_SPENT, CRAVING, ROLE_FAILURE, SOCIAL_PROBLEMS, ACTIVITIES_GIVEN_UP,
	HAZARDOUS_USE, HARM_CONTINUED, TOLERANCE, WITHDRAWAL

}
