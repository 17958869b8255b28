package org.iopfit.placement;

/**
 * The worst withdrawal ever had when stopping or cutting down, from least to most risky.
 */
public enum WithdrawalHistory {

	NONE, UNCOMPLICATED, SEIZURES_OR_DELIRIUM

}
