package org.iopfit.placement;

/**
 * How ready the person feels to take part in treatment several times a week (policy v1.1,
 * the article's "commitment"). Advice only: it never lowers or raises a level, and never
 * refuses care.
 */
public enum Readiness {

	READY, UNSURE, NOT_READY

}
