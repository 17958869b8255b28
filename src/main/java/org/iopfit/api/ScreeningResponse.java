package org.iopfit.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.iopfit.placement.CrisisResource;
import org.iopfit.placement.Level;
import org.iopfit.placement.Reason;
import org.iopfit.placement.Rule;
import org.iopfit.placement.Severity;

/**
 * The API's answer: the suggestion in the shape of the policy's contract.
 *
 * @param level the suggested level of care
 * @param decidedBy the rule that decided it
 * @param severity the severity from the number of criteria
 * @param criteriaCount how many of the eleven criteria are present
 * @param reasons the reasons, then the cautions, each in the request's language
 * @param rulesVersion the version of the placement policy
 * @param callUs the provider's number
 * @param crisisResources where to get help now; filled only for {@code EMERGENCY}
 * @param notice that this is a suggestion, not a diagnosis (every result says so)
 */
record ScreeningResponse(Level level, Rule decidedBy, Severity severity, int criteriaCount, List<Text> reasons,
		String rulesVersion, CallUs callUs, List<CrisisLine> crisisResources, String notice) {

	/**
	 * A reason or caution with its wording.
	 *
	 * @param code the stable code
	 * @param kind reason or caution
	 * @param text what it means for this person
	 */
	record Text(Reason.Code code, Reason.Kind kind, String text) {

	}

	/**
	 * The provider's admissions number.
	 *
	 * @param phone as people read it
	 * @param tel a link that dials it
	 */
	record CallUs(String phone, String tel) {

	}

	/**
	 * A crisis line.
	 *
	 * @param code a stable code
	 * @param name its name
	 * @param phone its number as people read it
	 * @param tel a link that dials it
	 * @param sms a link that texts it, absent where texting is not offered
	 * @param text when to use it
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CrisisLine(CrisisResource code, String name, String phone, String tel, String sms, String text) {

	}

}
