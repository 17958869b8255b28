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

}
