package org.iopfit.records;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The notes: added and read, never changed or deleted (but with their screening). */
interface ScreeningNotes extends Repository<ScreeningNote, Long> {

	ScreeningNote save(ScreeningNote note);

	List<ScreeningNote> findByScreeningIdOrderByWrittenAtAscIdAsc(long screeningId);

}
