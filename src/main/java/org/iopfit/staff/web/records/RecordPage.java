package org.iopfit.staff.web.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.iopfit.placement.Answers;
import org.iopfit.placement.PlacementRules;
import org.iopfit.placement.Reason;
import org.iopfit.questions.Draft;
import org.iopfit.questions.Question;
import org.iopfit.questions.Step;
import org.iopfit.records.SavedScreening;
import org.iopfit.records.ScreeningNote;
import org.iopfit.screening.QuestionWording;
import org.iopfit.staff.web.Times;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A saved screening as its pages show it: every value worded, and a plain-text summary to
 * copy into the provider's own records.
 */
@Component
class RecordPage {

	private final MessageSource messages;

	private final QuestionWording wording;

	private final PlacementRules rules;

	private final Times times;

	RecordPage(MessageSource messages, QuestionWording wording, PlacementRules rules, Times times) {
		this.times = times;
		this.messages = messages;
		this.wording = wording;
		this.rules = rules;
	}

	View view(SavedScreening screening, List<ScreeningNote> notes, Locale locale) {
		Draft answers = screening.draft();
		String who = answers.respondent().name();
		List<Row> rows = new ArrayList<>();
		for (Step step : Step.all()) {
			for (Question question : step.questions()) {
				if (!answers.has(question)) {
					continue;
				}
				List<String> chosen = question.choices()
					.stream()
					.filter(answers.selected(question)::contains)
					.map((value) -> this.wording.label(question, value, who, locale))
					.toList();
				rows.add(new Row(this.wording.shortLabel(question, who, locale),
						chosen.isEmpty() ? msg("check.none", locale) : String.join("; ", chosen)));
			}
		}
		List<Row> details = new ArrayList<>();
		details
			.add(new Row(msg("staff.record.source", locale), msg("staff.record.source." + screening.source(), locale)));
		details.add(new Row(msg("staff.record.created", locale), this.times.format(screening.createdAt())));
		details.add(new Row(msg("staff.record.by", locale), (screening.staffUsername() != null)
				? screening.staffUsername() : msg("staff.record.by.person", locale)));
		details
			.add(new Row(msg("staff.record.suggestion", locale), msg("level." + screening.level() + ".name", locale)));
		details.add(new Row(msg("staff.record.decidedBy", locale), screening.decidedBy().name()));
		if (screening.severity() != null) {
			details.add(new Row(msg("staff.record.severity", locale),
					msg("staff.record.severity." + screening.severity(), locale)));
		}
		details.add(new Row(msg("staff.record.rulesVersion", locale), screening.rulesVersion()));
		if (screening.recordedLevel() != null) {
			details.add(new Row(msg("staff.record.recorded", locale),
					msg("level." + screening.recordedLevel() + ".name", locale)));
			details.add(new Row(msg("staff.record.overrideReason", locale), screening.overrideReason()));
		}
		if (!screening.crisisActionSet().isEmpty()) {
			details.add(new Row(msg("staff.record.crisisActions", locale),
					screening.crisisActionSet()
						.stream()
						.map((action) -> msg("staff.phone.crisis.action." + action, locale))
						.collect(Collectors.joining("; "))));
		}
		add(details, "staff.record.withdrawn", screening.withdrawnReason(), locale);
		add(details, "staff.record.location", screening.callerLocation(), locale);
		if (screening.callType() != null) {
			details.add(new Row(msg("staff.record.callType", locale),
					msg("staff.phone.callType." + screening.callType(), locale)));
		}
		add(details, "staff.record.callerName", screening.callerName(), locale);
		add(details, "staff.record.callbackPhone", screening.callbackPhone(), locale);
		if (screening.voicemailOk() != null) {
			details
				.add(new Row(msg("staff.record.voicemail", locale), msg("answer." + screening.voicemailOk(), locale)));
		}
		add(details, "staff.record.referralSource", screening.referralSource(), locale);
		if (screening.disposition() != null) {
			details.add(new Row(msg("staff.record.disposition", locale),
					msg("staff.call.disposition." + screening.disposition(), locale)));
		}
		if (screening.followUpDate() != null) {
			details.add(new Row(msg("staff.record.followUp", locale), screening.followUpDate().toString()));
		}
		if (screening.basedOnCode() != null) {
			details.add(new Row(msg("staff.record.basedOn", locale), display(screening.basedOnCode())));
		}
		List<NoteView> noteViews = notes.stream()
			.map((note) -> new NoteView(note.id(), this.times.format(note.writtenAt()), note.author(), note.text(),
					note.correctsNoteId()))
			.toList();
		String code = screening.code().display();
		List<String> reasons = notes(screening, Reason.Kind.REASON, locale);
		List<String> cautions = notes(screening, Reason.Kind.CAUTION, locale);
		return new View(code, screening.code().value(), screening.emergency(), details, rows, reasons, cautions,
				noteViews, text(code, screening, details, rows, reasons, cautions, noteViews, locale));
	}

	/**
	 * The reasons or the cautions of the suggestion on record, worded as the person's
	 * result words them (for the level saved, to whoever answered); none for a screening
	 * stopped by a crisis answer.
	 */
	private List<String> notes(SavedScreening screening, Reason.Kind kind, Locale locale) {
		Draft draft = screening.draft();
		if (!draft.isComplete()) {
			return List.of();
		}
		Answers answers = draft.toAnswers();
		// The count as text, as on the pages.
		Object[] count = { String.valueOf(answers.criteria().size()) };
		return this.rules.recommend(answers)
			.reasons()
			.stream()
			.filter((reason) -> reason.kind() == kind)
			.map((reason) -> this.messages.getMessage(reason.messageKey(answers.respondent(), screening.level()), count,
					locale))
			.toList();
	}

	private String text(String code, SavedScreening screening, List<Row> details, List<Row> answers,
			List<String> reasons, List<String> cautions, List<NoteView> notes, Locale locale) {
		StringBuilder text = new StringBuilder();
		text.append(msg("staff.record.heading", locale, code)).append('\n');
		if (screening.emergency()) {
			text.append(msg("staff.record.emergency", locale)).append('\n');
		}
		details.forEach((row) -> text.append(row.label()).append(": ").append(row.value()).append('\n'));
		list(text, "staff.summary.reasons", reasons, locale);
		list(text, "staff.summary.cautions", cautions, locale);
		text.append('\n').append(msg("staff.record.answers", locale)).append('\n');
		answers.forEach((row) -> text.append("- ").append(row.label()).append(": ").append(row.value()).append('\n'));
		if (!notes.isEmpty()) {
			text.append('\n').append(msg("staff.record.notes", locale)).append('\n');
			notes.forEach((note) -> {
				text.append("- [")
					.append(note.id())
					.append("] ")
					.append(note.when())
					.append(", ")
					.append(note.author());
				if (note.corrects() != null) {
					text.append(" (").append(msg("staff.record.note.corrects", locale, note.corrects())).append(')');
				}
				text.append(": ").append(note.text()).append('\n');
			});
		}
		text.append('\n').append(msg("staff.summary.confidential", locale)).append('\n');
		return text.toString();
	}

	private void list(StringBuilder text, String heading, List<String> items, Locale locale) {
		if (!items.isEmpty()) {
			text.append('\n').append(msg(heading, locale)).append('\n');
			items.forEach((item) -> text.append("- ").append(item).append('\n'));
		}
	}

	private void add(List<Row> rows, String key, String value, Locale locale) {
		if (value != null) {
			rows.add(new Row(msg(key, locale), value));
		}
	}

	private static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4);
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/**
	 * A saved screening, worded.
	 *
	 * @param code the code as shown
	 * @param codeValue the code in addresses
	 * @param emergency whether a crisis answer was given
	 * @param details the record's facts
	 * @param answers each question answered, with its answer
	 * @param reasons the suggestion's reasons, worded
	 * @param cautions the suggestion's cautions, worded
	 * @param notes the notes, oldest first
	 * @param text the plain-text summary
	 */
	record View(String code, String codeValue, boolean emergency, List<Row> details, List<Row> answers,
			List<String> reasons, List<String> cautions, List<NoteView> notes, String text) {
	}

	/**
	 * A label and its value.
	 */
	record Row(String label, String value) {
	}

	/**
	 * A note as shown.
	 */
	record NoteView(long id, String when, String author, String text, Long corrects) {
	}

}
