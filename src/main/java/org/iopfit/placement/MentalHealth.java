package org.iopfit.placement;

/**
 * A mental-health condition, from least to most risky: none, one that is managed, one
 * that is severe or not managed.
 */
public enum MentalHealth {

	NONE, STABLE, UNSTABLE

}
