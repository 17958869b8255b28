package org.iopfit.placement;

/**
 * People who support recovery, from least to most risky: strong, some, none.
 */
public enum Support {

	STRONG, SOME, NONE

}
