package org.iopfit.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iopfit.questions.Question;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The words of the question table, for whoever reads it out: the public pages and the
 * staff's phone script. Every message key of a question is built here
 * ({@code q.<path>.legend|hint|short.<who>}, {@code q.<path>.<value>[.<who>]},
 * {@code error.<path>.<who>}).
 */
@Component
public class QuestionWording {

	private final MessageSource messages;

	QuestionWording(MessageSource messages) {
		this.messages = messages;
	}

	/** The question, worded for who answers ({@code SELF} or {@code SOMEONE_ELSE}). */
	public String legend(Question question, String who, Locale locale) {
		return part(question, "legend", who, locale);
	}

	/** The question's hint, or {@code null} where it has none. */
	public String hint(Question question, String who, Locale locale) {
		return question.hasHint() ? part(question, "hint", who, locale) : null;
	}

	/** The question in a few words, for a list of answers. */
	public String shortLabel(Question question, String who, Locale locale) {
		return part(question, "short", who, locale);
	}

	/** What to do when it is not answered. */
	public String error(Question question, String who, Locale locale) {
		return this.messages.getMessage("error." + question.path() + "." + who, null, locale);
	}

	/**
	 * An answer's wording: for this respondent, else for anyone, else a plain yes or no;
	 * resolved in one look-up, since a failed look-up costs an exception.
	 */
	public String label(Question question, String value, String who, Locale locale) {
		String stem = "q." + question.path() + "." + value;
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { stem + "." + who, stem, "answer." + value }), locale);
	}

	/**
	 * A question as a page shows it: worded for who answers, with the answers given so
	 * far chosen and its error, if any.
	 * @param question the question
	 * @param selected the values chosen
	 * @param answered whether it was answered (with "None of these" when nothing is
	 * chosen)
	 * @param error its error, or {@code null}
	 * @param who {@code SELF} or {@code SOMEONE_ELSE}
	 * @param locale the language
	 * @return the view
	 */
	public QuestionView view(Question question, Set<String> selected, boolean answered, String error, String who,
			Locale locale) {
		String id = question.path().replace('.', '-');
		String hint = hint(question, who, locale);
		String describedBy = String
			.join(" ", ((hint != null) ? id + "-hint" : ""), ((error != null) ? id + "-error" : ""))
			.strip();
		List<QuestionView.Option> options = question.choices()
			.stream()
			.map((value) -> new QuestionView.Option(id + "-" + value, value, label(question, value, who, locale),
					selected.contains(value)))
			.toList();
		QuestionView.Option none = question.hasNoneOption()
				? new QuestionView.Option(id + "-none", question.path(),
						this.messages.getMessage("screening.none", null, locale), answered && selected.isEmpty())
				: null;
		return new QuestionView(question.path(), id, legend(question, who, locale), hint, error,
				describedBy.isEmpty() ? null : describedBy, question.isMultiple() ? "checkbox" : "radio", options,
				none);
	}

	private String part(Question question, String part, String who, Locale locale) {
		return this.messages.getMessage("q." + question.path() + "." + part + "." + who, null, locale);
	}

}
