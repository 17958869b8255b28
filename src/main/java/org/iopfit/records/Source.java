package org.iopfit.records;

/** Where a saved screening came from. */
public enum Source {

	/** Staff screened a caller on the phone. */
	PHONE,

	/** A person screened themselves online and asked for a reference code. */
	ONLINE

}
