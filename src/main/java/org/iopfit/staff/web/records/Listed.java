package org.iopfit.staff.web.records;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * The codes the screenings list showed in this session: following one of its links is
 * opening a record the list already named, which the limit on look-ups by code must not
 * stop ({@code ScreeningRecords.lookUp}). Kept in the staff session, which is in the
 * database, so every instance knows them; capped so that paging through lists cannot grow
 * a session without end.
 */
final class Listed {

	static final String ATTRIBUTE = Listed.class.getName();

	// Five full lists: a morning's browsing, in a few kilobytes of session.
	private static final int MOST = 1000;

	private Listed() {
	}

	static Set<String> in(HttpSession session) {
		@SuppressWarnings("unchecked")
		Set<String> codes = (Set<String>) session.getAttribute(ATTRIBUTE);
		return (codes != null) ? codes : Set.of();
	}

	static void add(HttpSession session, List<String> shown) {
		LinkedHashSet<String> codes = new LinkedHashSet<>(shown);
		for (String code : in(session)) {
			if (codes.size() >= MOST) {
				break;
			}
			codes.add(code);
		}
		session.setAttribute(ATTRIBUTE, codes);
	}

}
