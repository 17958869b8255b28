package org.iopfit.placement;

/**
 * The substances used. Informational: they shape cautions, never the level.
 */
public enum Substance {

	ALCOHOL, OPIOIDS, BENZODIAZEPINES, STIMULANTS, CANNABIS, OTHER

}
