package org.iopfit.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The call-back queue. A request only moves forward: new, contacted, closed. */
interface CallBackRequests extends Repository<CallBackRequest, Long> {

	CallBackRequest save(CallBackRequest request);

	Optional<CallBackRequest> findById(long id);

	List<CallBackRequest> findByStatusOrderByRequestedAtAscIdAsc(CallBackStatus status);

	@Modifying
	@Query("UPDATE call_back_request SET status = 'CONTACTED', contacted_at = :at, contacted_by = :by "
			+ "WHERE id = :id AND status = 'NEW'")
	int markContacted(@Param("id") long id, @Param("at") Instant at, @Param("by") String by);

	@Modifying
	@Query("UPDATE call_back_request SET status = 'CLOSED', closed_at = :at, closed_by = :by "
			+ "WHERE id = :id AND status <> 'CLOSED'")
	int close(@Param("id") long id, @Param("at") Instant at, @Param("by") String by);

	@Modifying
	@Query("DELETE FROM call_back_request WHERE requested_at < :cutoff")
	int deleteOlderThan(@Param("cutoff") Instant cutoff);

}
