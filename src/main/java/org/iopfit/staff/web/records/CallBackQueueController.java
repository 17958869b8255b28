package org.iopfit.staff.web.records;

import java.util.List;

import org.iopfit.records.CallBackRequest;
import org.iopfit.records.CallBackStatus;
import org.iopfit.records.CallBacks;
import org.iopfit.staff.web.Times;

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
 * The call-back queue: new, contacted and closed requests, the one waiting longest first,
 * each with who moved it and when. A request's page carries the call-back script, which
 * never tells anyone but the person that they contacted the provider (42 CFR 2.13).
 */
@Controller
class CallBackQueueController {

	private final CallBacks callBacks;

	private final Times times;

	CallBackQueueController(CallBacks callBacks, Times times) {
		this.times = times;
		this.callBacks = callBacks;
	}

	@GetMapping("/staff/call-backs")
	ModelAndView queue(@RequestParam(defaultValue = "NEW") String status, Authentication user) {
		CallBackStatus shown = List.of(CallBackStatus.values())
			.stream()
			.filter((value) -> value.name().equals(status))
			.findFirst()
			.orElse(CallBackStatus.NEW);
		return new ModelAndView("staff/call-backs").addObject("status", shown)
			.addObject("statuses", CallBackStatus.values())
			.addObject("requests",
					this.callBacks.queue(user.getName(), shown)
						.stream()
						.map((request) -> Row.of(request, this.times))
						.toList());
	}

	@GetMapping("/staff/call-backs/{id}")
	ModelAndView show(@PathVariable long id, Authentication user) {
		CallBackRequest request = this.callBacks.open(user.getName(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new ModelAndView("staff/call-back").addObject("request", Row.of(request, this.times));
	}

	@PostMapping("/staff/call-backs/{id}/contacted")
	ModelAndView contacted(@PathVariable long id, Authentication user) {
		this.callBacks.contacted(user.getName(), id);
		return new ModelAndView("redirect:/staff/call-backs/" + id);
	}

	@PostMapping("/staff/call-backs/{id}/close")
	ModelAndView close(@PathVariable long id, Authentication user) {
		this.callBacks.close(user.getName(), id);
		return new ModelAndView("redirect:/staff/call-backs/" + id);
	}

	/**
	 * One request as the pages show it.
	 */
	record Row(long id, String requested, String firstName, String phone, String bestTime, String voicemailKey,
			String languageKey, CallBackStatus status, String statusKey, String contacted, String contactedBy,
			String closed, String closedBy) {

		static Row of(CallBackRequest request, Times times) {
			return new Row(request.id(), times.format(request.requestedAt()), request.firstName(), request.phone(),
					request.bestTime(), "answer." + request.voicemailOk(),
					"staff.callBack.language." + request.language(), request.status(),
					"staff.callBacks.status." + request.status(), times.format(request.contactedAt()),
					request.contactedBy(), times.format(request.closedAt()), request.closedBy());
		}

	}

}
