package org.iopfit.placement;

import java.util.List;
import java.util.Objects;

/**
 * What the rules suggest for one set of answers. A suggestion, not a diagnosis: a
 * clinician makes the final placement decision.
 *
 * @param level the suggested level of care
 * @param decidedBy the first rule that matched
 * @param severity the severity from the criteria count
 * @param criteriaCount how many of the eleven criteria are present
 * @param reasons the reasons (first, the deciding rule's) and then the cautions, never
 * empty
 * @param rulesVersion the version of the policy that decided
 */
public record Recommendation(Level level, Rule decidedBy, Severity severity, int criteriaCount, List<Reason> reasons,
		String rulesVersion) {

	public Recommendation {
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(decidedBy, "decidedBy");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(rulesVersion, "rulesVersion");
		if (Severity.of(criteriaCount) != severity) {
			throw new IllegalArgumentException(criteriaCount + " criteria are not " + severity);
		}
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("A recommendation explains itself with at least one reason");
		}
		reasons = List.copyOf(reasons);
	}

	public boolean isEmergency() {
		return this.level == Level.EMERGENCY;
	}

	/**
	 * The notes of one kind, in their order.
	 * @param kind reasons or cautions
	 * @return the notes of that kind, possibly none
	 */
	public List<Reason> reasonsOfKind(Reason.Kind kind) {
		return this.reasons.stream().filter((reason) -> reason.kind() == kind).toList();
	}

	/** The reasons for the level, the deciding rule's first; never empty. */
	public List<Reason> explanations() {
		return reasonsOfKind(Reason.Kind.REASON);
	}

	/** The cautions to talk about, possibly none. */
	public List<Reason> cautions() {
		return reasonsOfKind(Reason.Kind.CAUTION);
	}

	/**
	 * The key of a note's wording on this result.
	 * @param reason one of this result's notes
	 * @param respondent who answers
	 * @return the message key, worded for this result's level where that matters
	 * @see Reason#messageKey(Respondent, Level)
	 */
	public String messageKey(Reason reason, Respondent respondent) {
		return reason.messageKey(respondent, this.level);
	}

}
