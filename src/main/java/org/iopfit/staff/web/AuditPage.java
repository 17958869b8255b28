package org.iopfit.staff.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditEntry;
import org.iopfit.audit.AuditFilter;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page as its template reads it: the filters as typed, the choices, one page of
 * entries, and the links to the pages before and after (keeping the filters).
 *
 * @param query the filters as typed
 * @param whoOptions the choices of whose entries, as value and message key
 * @param actionOptions the actions, as value and message key
 * @param kindOptions the kinds of record, as value and message key
 * @param rows the page's entries
 * @param errors field id to message key; empty when the filters could be used
 * @param page the page's number, from 1
 * @param previousUrl the page before, {@code null} on the first
 * @param nextUrl the page after, {@code null} on the last
 */
record AuditPage(Query query, List<Option> whoOptions, List<Option> actionOptions, List<Option> kindOptions,
		List<Row> rows, Map<String, String> errors, int page, String previousUrl, String nextUrl) {

	private static final List<Option> WHO = Arrays.stream(AuditFilter.Who.values())
		.map((who) -> new Option(who.name().toLowerCase(Locale.ROOT), "staff.audit.filter.who." + who))
		.toList();

	private static final List<Option> ACTIONS = Arrays.stream(AuditAction.values())
		.map((action) -> new Option(action.name(), "staff.audit.action." + action))
		.toList();

	private static final List<Option> KINDS = Arrays.stream(RecordKind.values())
		.map((kind) -> new Option(kind.name(), "staff.audit.kind." + kind))
		.toList();

	static AuditPage of(Query query, AuditLog.Page found, int page, Times times) {
		List<Row> rows = found.entries().stream().map((entry) -> Row.of(entry, times)).toList();
		return new AuditPage(query, WHO, ACTIONS, KINDS, rows, Map.of(), page, (page > 1) ? query.url(page - 1) : null,
				found.hasNext() ? query.url(page + 1) : null);
	}

	static AuditPage invalid(Query query, Map<String, String> errors) {
		return new AuditPage(query, WHO, ACTIONS, KINDS, List.of(), errors, 1, null, null);
	}

	ModelAndView view() {
		return new ModelAndView("staff/audit").addObject("audit", this).addObject("errors", this.errors);
	}

	/**
	 * The filters as typed, each stripped, empty when not given.
	 */
	record Query(String who, String user, String action, String kind, String record, String from, String to) {

		/** The value the "whose entries" choice shows: staff only unless chosen. */
		public String whoChosen() {
			return this.who.isEmpty() ? "staff" : this.who.toLowerCase(Locale.ROOT);
		}

		String url(int page) {
			MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
			put(parameters, "who", this.who);
			put(parameters, "user", this.user);
			put(parameters, "action", this.action);
			put(parameters, "kind", this.kind);
			put(parameters, "record", this.record);
			put(parameters, "from", this.from);
			put(parameters, "to", this.to);
			parameters.add("page", Integer.toString(page));
			return UriComponentsBuilder.fromPath("/staff/audit").queryParams(parameters).encode().build().toUriString();
		}

		private static void put(MultiValueMap<String, String> parameters, String name, String value) {
			if (!value.isEmpty()) {
				parameters.add(name, value);
			}
		}

	}

	/**
	 * A choice in a list.
	 */
	record Option(String value, String labelKey) {
	}

	/**
	 * One entry as the page shows it.
	 */
	record Row(String when, String who, String actionKey, String kindKey, String recordId, String detail,
			String clientAddress, String userAgent) {

		static Row of(AuditEntry entry, Times times) {
			return new Row(times.format(entry.occurredAt()), entry.actor(), "staff.audit.action." + entry.action(),
					(entry.recordKind() != null) ? "staff.audit.kind." + entry.recordKind() : null, entry.recordId(),
					entry.detail(), entry.clientAddress(), entry.userAgent());
		}

	}

}
