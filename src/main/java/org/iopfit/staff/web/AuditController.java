package org.iopfit.staff.web;

import org.iopfit.staff.AuditLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The audit log, for administrators: read only, newest first. There is no address that
 * changes or deletes an entry.
 */
@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/staff/audit")
	String auditLog(Model model) {
		model.addAttribute("entries", this.audit.mostRecent()
			.stream()
			.map((entry) -> new Row(Times.format(entry.occurredAt()), entry.actor(),
					"staff.audit.action." + entry.action(),
					(entry.recordKind() != null) ? "staff.audit.kind." + entry.recordKind() : null, entry.recordId()))
			.toList());
		return "staff/audit";
	}

	/**
	 * One entry as the page shows it.
	 */
	record Row(String when, String who, String actionKey, String kindKey, String recordId) {
	}

}
