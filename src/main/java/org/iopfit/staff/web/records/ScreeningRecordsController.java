package org.iopfit.staff.web.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.placement.Level;
import org.iopfit.records.CallType;
import org.iopfit.records.PhoneCall;
import org.iopfit.records.PhoneCalls;
import org.iopfit.records.SavedScreening;
import org.iopfit.records.ScreeningRecords;
import org.iopfit.records.Source;
import org.iopfit.records.TypedText;
import org.iopfit.staff.web.CallRow;
import org.iopfit.staff.web.Times;
import org.iopfit.staff.web.ViewRow;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Saved screenings for staff: the recent list with its filters, finding one by its code
 * (limited, see {@link ScreeningRecords#lookUp}), its page with notes and who opened it,
 * its printable and plain-text summary, and turning an online screening into a phone
 * record.
 */
@Controller
class ScreeningRecordsController {

	private final ScreeningRecords records;

	private final RecordPage pages;

	private final AuditLog audit;

	private final PhoneCalls calls;

	private final Times times;

	ScreeningRecordsController(ScreeningRecords records, RecordPage pages, AuditLog audit, PhoneCalls calls,
			Times times) {
		this.calls = calls;
		this.times = times;
		this.records = records;
		this.pages = pages;
		this.audit = audit;
	}

	@GetMapping("/staff/screenings")
	ModelAndView list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String level, @RequestParam(required = false) String source,
			Authentication user, HttpSession session) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate fromDate = date(from, "from", errors);
		LocalDate toDate = date(to, "to", errors);
		Level levelValue = enumOf(Level.class, level);
		Source sourceValue = enumOf(Source.class, source);
		List<Row> rows = errors
			.isEmpty()
					? this.records
						.recent(user.getName(),
								new ScreeningRecords.Filter(fromDate, toDate, levelValue, sourceValue,
										this.times.zone()))
						.stream()
						.map((screening) -> Row.of(screening, this.times))
						.toList()
					: List.of();
		Listed.add(session, rows.stream().map(Row::codeValue).toList());
		return listPage(errors).addObject("rows", rows)
			.addObject("from", (from != null) ? from : "")
			.addObject("to", (to != null) ? to : "")
			.addObject("level", (levelValue != null) ? levelValue.name() : "")
			.addObject("source", (sourceValue != null) ? sourceValue.name() : "")
			.addObject("code", "");
	}

	@GetMapping("/staff/screenings/find")
	ModelAndView find(@RequestParam(defaultValue = "") String code, Authentication user, HttpSession session) {
		ScreeningRecords.Lookup lookup = this.records.lookUp(user.getName(), code, null, Listed.in(session));
		return switch (lookup.outcome()) {
			case FOUND -> new ModelAndView("redirect:/staff/screenings/" + lookup.screening().code().value());
			case NOT_FOUND -> notFound(code, "staff.screenings.notFound", HttpStatus.OK);
			case MALFORMED -> notFound(code, "staff.screenings.malformed", HttpStatus.OK);
			case LIMITED -> notFound(code, "staff.screenings.limited", HttpStatus.TOO_MANY_REQUESTS);
		};
	}

	@GetMapping("/staff/screenings/{code}")
	ModelAndView show(@PathVariable String code, @RequestParam(required = false) String saved, Authentication user,
			HttpSession session, Locale locale) {
		ScreeningRecords.Lookup lookup = this.records.lookUp(user.getName(), code, AuditAction.VIEWED,
				Listed.in(session));
		if (lookup.outcome() != ScreeningRecords.Lookup.Outcome.FOUND) {
			return missing(code, lookup);
		}
		return recordPage(lookup.screening(), "", "", Map.of(), locale).addObject("saved", saved != null);
	}

	@PostMapping("/staff/screenings/{code}/notes")
	ModelAndView addNote(@PathVariable String code, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String corrects, Authentication user, HttpSession session, Locale locale) {
		ScreeningRecords.Lookup lookup = this.records.lookUp(user.getName(), code, null, Listed.in(session));
		if (lookup.outcome() != ScreeningRecords.Lookup.Outcome.FOUND) {
			return missing(code, lookup);
		}
		SavedScreening screening = lookup.screening();
		Map<String, String> errors = new LinkedHashMap<>();
		if (text.isBlank()) {
			errors.put("text", "staff.record.note.error");
		}
		else if (!TypedText.isCleanText(text)) {
			errors.put("text", "staff.record.note.error.characters");
		}
		else if (text.length() > 4000) {
			errors.put("text", "staff.record.note.error.long");
		}
		Long correctsId = null;
		if (!corrects.isEmpty()) {
			correctsId = this.records.notesOf(screening)
				.stream()
				.map((note) -> note.id())
				.filter((id) -> id.toString().equals(corrects))
				.findFirst()
				.orElse(null);
			if (correctsId == null) {
				errors.put("corrects", "staff.call.error.invalid");
			}
		}
		if (!errors.isEmpty()) {
			return recordPage(screening, text, corrects, errors, locale).addObject("saved", false);
		}
		this.records.addNote(user.getName(), screening, text, correctsId);
		return new ModelAndView("redirect:/staff/screenings/" + screening.code().value() + "#notes");
	}

	@GetMapping("/staff/screenings/{code}/summary")
	ModelAndView summary(@PathVariable String code, Authentication user, HttpSession session, Locale locale) {
		ScreeningRecords.Lookup lookup = this.records.lookUp(user.getName(), code, AuditAction.EXPORTED,
				Listed.in(session));
		if (lookup.outcome() != ScreeningRecords.Lookup.Outcome.FOUND) {
			return missing(code, lookup);
		}
		SavedScreening screening = lookup.screening();
		return new ModelAndView("staff/screening-summary")
			.addObject("record", this.pages.view(screening, this.records.notesOf(screening), locale))
			.addObject("pageLevel", screening.levelOnRecord())
			.addObject("pageRule", screening.decidedBy());
	}

	/**
	 * Turns an online screening into a phone call in progress: its answers are read back
	 * to the caller page by page, then saved as a new phone record that names it. The
	 * call's id was drawn when the page was shown, so posting it twice starts one call.
	 */
	@PostMapping("/staff/screenings/{code}/confirm")
	ModelAndView confirm(@PathVariable String code, @RequestParam(name = "call", required = false) String id,
			Authentication user, HttpSession session) {
		ScreeningRecords.Lookup lookup = this.records.lookUp(user.getName(), code, null, Listed.in(session));
		if (lookup.outcome() != ScreeningRecords.Lookup.Outcome.FOUND) {
			return missing(code, lookup);
		}
		SavedScreening screening = lookup.screening();
		CallType callType = screening.draft().respondent().isSomeoneElse() ? CallType.SOMEONE_ELSE : CallType.SELF;
		this.audit.record(user.getName(), AuditAction.VIEWED, RecordKind.SCREENING, screening.id());
		String callId = PhoneCall.isId(id) ? id : PhoneCall.newId();
		PhoneCall call;
		try {
			call = this.calls.start(user.getName(), callId, callType, screening.draft(), screening.code(), "who")
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (DataIntegrityViolationException ex) {
			// Posted twice at once: the first request started the call.
			call = this.calls.get(user.getName(), callId).orElseThrow(() -> ex);
		}
		return new ModelAndView("redirect:" + CallRow.address(call));
	}

	private ModelAndView recordPage(SavedScreening screening, String noteText, String corrects,
			Map<String, String> errors, Locale locale) {
		return new ModelAndView("staff/screening")
			.addObject("record", this.pages.view(screening, this.records.notesOf(screening), locale))
			.addObject("online", screening.source() == Source.ONLINE)
			.addObject("newCallId", PhoneCall.newId())
			.addObject("fhirExport", screening.draft().isComplete())
			.addObject("noteText", noteText)
			.addObject("corrects", corrects)
			.addObject("errors", errors)
			.addObject("views",
					this.audit.viewsOf(RecordKind.SCREENING, screening.id())
						.stream()
						.map((entry) -> new ViewRow(entry.actor(), this.times.format(entry.occurredAt())))
						.toList())
			.addObject("pageLevel", screening.levelOnRecord())
			.addObject("pageRule", screening.decidedBy());
	}

	private ModelAndView missing(String code, ScreeningRecords.Lookup lookup) {
		return switch (lookup.outcome()) {
			case LIMITED -> notFound(code, "staff.screenings.limited", HttpStatus.TOO_MANY_REQUESTS);
			case MALFORMED -> notFound(code, "staff.screenings.malformed", HttpStatus.NOT_FOUND);
			default -> notFound(code, "staff.screenings.notFound", HttpStatus.NOT_FOUND);
		};
	}

	private ModelAndView notFound(String code, String message, HttpStatus status) {
		ModelAndView page = listPage(Map.of("code", message)).addObject("rows", List.of())
			.addObject("from", "")
			.addObject("to", "")
			.addObject("level", "")
			.addObject("source", "")
			.addObject("code", (code.length() <= 20) ? code : code.substring(0, 20));
		page.setStatus(status);
		return page;
	}

	private static ModelAndView listPage(Map<String, String> errors) {
		return new ModelAndView("staff/screenings").addObject("errors", errors)
			.addObject("levels", Level.values())
			.addObject("sources", Source.values());
	}

	private static LocalDate date(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "staff.screenings.error.date");
			return null;
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * One screening in the list.
	 */
	record Row(String code, String codeValue, String when, String levelKey, String sourceKey, String by,
			String dispositionKey, boolean emergency) {

		static Row of(SavedScreening screening, Times times) {
			return new Row(screening.code().display(), screening.code().value(), times.format(screening.createdAt()),
					"staff.level." + screening.levelOnRecord(), "staff.record.source." + screening.source(),
					screening.staffUsername(),
					(screening.disposition() != null) ? "staff.call.disposition." + screening.disposition() : null,
					screening.emergency());
		}

	}

}
