package org.iopfit.staff.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditFilter;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The audit log, for administrators: read only, newest first, a page at a time, with
 * filters. There is no address that changes or deletes an entry. It opens on staff
 * members' entries only, so that a flood of anonymous requests (call-backs, failed
 * sign-ins) cannot push a colleague's actions out of view; every opening is itself an
 * entry.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	// Far past any real log at 50 a page; a bound keeps the offset a small number.
	private static final int LAST_PAGE = 1_000_000;

	// Usernames and record ids are at most 64 characters in the table.
	private static final int MAX_TEXT = 64;

	private final AuditLog audit;

	private final Times times;

	AuditController(AuditLog audit, Times times) {
		this.times = times;
		this.audit = audit;
	}

	@GetMapping("/staff/audit")
	ModelAndView auditLog(@RequestParam(required = false) String who, @RequestParam(required = false) String user,
			@RequestParam(required = false) String action, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String record, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			Authentication signedIn) {
		AuditPage.Query query = new AuditPage.Query(blank(who), blank(user), blank(action), blank(kind), blank(record),
				blank(from), blank(to));
		Map<String, String> errors = new LinkedHashMap<>();
		AuditFilter.Who whoValue = who(query.who(), errors);
		if (query.user().length() > MAX_TEXT) {
			errors.put("user", "staff.audit.error.user");
		}
		AuditAction actionValue = enumOf(AuditAction.class, query.action(), "action", errors);
		RecordKind kindValue = enumOf(RecordKind.class, query.kind(), "kind", errors);
		if (query.record().length() > MAX_TEXT) {
			errors.put("record", "staff.audit.error.record");
		}
		LocalDate fromDate = date(query.from(), "from", errors);
		LocalDate toDate = date(query.to(), "to", errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.put("to", "staff.audit.error.order");
		}
		int pageNumber = page(page, errors);
		if (!errors.isEmpty()) {
			return AuditPage.invalid(query, errors).view();
		}
		AuditFilter filter = new AuditFilter(whoValue, query.user(), actionValue, kindValue, query.record(),
				(fromDate != null) ? this.times.startOf(fromDate) : null,
				(toDate != null) ? this.times.startOf(toDate.plusDays(1)) : null);
		AuditLog.Page found = this.audit.search(filter, pageNumber, PAGE_SIZE);
		// The terms searched for stay out of the log: they can name a record or a
		// colleague
		// the entry would then seem to be about.
		this.audit.record(signedIn.getName(),
				filter.equals(AuditFilter.STAFF_ONLY) ? AuditAction.VIEWED : AuditAction.SEARCHED, RecordKind.AUDIT_LOG,
				null);
		return AuditPage.of(query, found, pageNumber, this.times).view();
	}

	private static String blank(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static AuditFilter.Who who(String text, Map<String, String> errors) {
		if (text.isEmpty()) {
			return AuditFilter.Who.STAFF;
		}
		for (AuditFilter.Who value : AuditFilter.Who.values()) {
			if (value.name().equalsIgnoreCase(text)) {
				return value;
			}
		}
		errors.put("who", "staff.audit.error.who");
		return AuditFilter.Who.STAFF;
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String field, Map<String, String> errors) {
		if (name.isEmpty()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		errors.put(field, "staff.audit.error." + field);
		return null;
	}

	private static LocalDate date(String text, String field, Map<String, String> errors) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			// Within what the database and the day after can hold.
			if (date.getYear() >= 1900 && date.getYear() <= 9998) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// as below
		}
		errors.put(field, "staff.audit.error.date");
		return null;
	}

	private static int page(String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		try {
			int page = Integer.parseInt(text.strip());
			if (page >= 1 && page <= LAST_PAGE) {
				return page;
			}
		}
		catch (NumberFormatException ex) {
			// as below
		}
		errors.put("page", "staff.audit.error.page");
		return 1;
	}

}
