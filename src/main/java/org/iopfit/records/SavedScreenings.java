package org.iopfit.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The saved screenings. Not a CRUD repository: a screening is saved once and never
 * changed; only the retention job deletes it (its notes go with it).
 */
interface SavedScreenings extends Repository<SavedScreening, Long> {

	SavedScreening save(SavedScreening screening);

	Optional<SavedScreening> findByReferenceCode(String referenceCode);

	Optional<SavedScreening> findByCallIdAndStaffUsername(String callId, String staffUsername);

	@Query("SELECT id FROM saved_screening WHERE created_at < :cutoff ORDER BY id")
	List<Long> idsOlderThan(@Param("cutoff") Instant cutoff);

	@Modifying
	@Query("DELETE FROM saved_screening WHERE created_at < :cutoff")
	int deleteOlderThan(@Param("cutoff") Instant cutoff);

}
