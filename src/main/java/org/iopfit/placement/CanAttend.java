package org.iopfit.placement;

/**
 * Whether sessions on 3 to 5 days a week can be attended, from least to most risky.
 */
public enum CanAttend {

	YES, UNSURE, NO

}
