package org.iopfit.records;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A note on a saved screening. Notes are only added: a correction is a new note that
 * names the one it corrects, and both stay.
 *
 * @param id the note's id, {@code null} before it is saved
 * @param screeningId the screening
 * @param writtenAt when
 * @param author the staff member
 * @param text what they wrote
 * @param correctsNoteId the note this one corrects, or {@code null}
 */
@Table
public record ScreeningNote(@Id Long id, long screeningId, Instant writtenAt, String author, String text,
		Long correctsNoteId) {

	ScreeningNote withId(Long id) {
		return new ScreeningNote(id, this.screeningId, this.writtenAt, this.author, this.text, this.correctsNoteId);
	}

	@Override
	public String toString() {
		return "ScreeningNote[" + this.id + "]";
	}

}
