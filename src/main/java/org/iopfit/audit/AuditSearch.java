package org.iopfit.audit;

import java.util.List;

/**
 * The audit page's query: the entries that match a filter, newest first, a page at a
 * time.
 */
interface AuditSearch {

	/**
	 * Entries that match, newest first.
	 * @param filter which entries
	 * @param offset how many matching entries to skip
	 * @param limit at most how many to return
	 * @return the entries
	 */
	List<AuditEntry> search(AuditFilter filter, long offset, int limit);

}
