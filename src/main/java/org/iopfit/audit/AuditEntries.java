package org.iopfit.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit log's table. Deliberately not a CRUD repository: entries can be added, read,
 * and deleted only by the retention job, never changed. Public only for the repository
 * contract tests of the staff package, which test this table beside the accounts.
 */
public interface AuditEntries extends Repository<AuditEntry, Long>, AuditSearch {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByRecordKindAndRecordIdAndActionOrderByOccurredAtDescIdDesc(RecordKind kind, String recordId,
			AuditAction action, Limit limit);

	long count();

	@Modifying
	@Query("DELETE FROM audit_entry WHERE occurred_at < :cutoff")
	int deleteOlderThan(@Param("cutoff") Instant cutoff);

}
