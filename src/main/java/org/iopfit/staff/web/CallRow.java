package org.iopfit.staff.web;

import java.util.List;

import org.iopfit.records.PhoneCall;

/**
 * One of a worker's unfinished calls as the staff home and the start page list it, with
 * "Go on" to the page it was left on.
 *
 * @param goOn the address of the page it was left on
 * @param callTypeKey the message key of who is calling
 * @param stepKey the message key of the page it was left on
 * @param started when it started, as staff read times
 */
public record CallRow(String goOn, String callTypeKey, String stepKey, String started) {

	/**
	 * The rows of calls.
	 * @param calls the calls
	 * @param times how staff read times
	 * @return a row each, in the same order
	 */
	public static List<CallRow> of(List<PhoneCall> calls, Times times) {
		return calls.stream()
			.map((call) -> new CallRow(address(call), "staff.phone.callType." + call.callType(),
					"staff.calls.step." + call.step(), times.format(call.createdAt())))
			.toList();
	}

	/**
	 * The address of the page a call was left on.
	 * @param call the call
	 * @return its address
	 */
	public static String address(PhoneCall call) {
		return "/staff/calls/" + call.id() + "/" + call.step();
	}

}
