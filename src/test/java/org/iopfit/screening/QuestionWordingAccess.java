package org.iopfit.screening;

import org.springframework.context.MessageSource;

/**
 * Makes a {@link QuestionWording} outside a Spring context, for plain tests.
 */
public final class QuestionWordingAccess {

	private QuestionWordingAccess() {
	}

	public static QuestionWording create(MessageSource messages) {
		return new QuestionWording(messages);
	}

}
