package org.iopfit.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The audit page's query in SQL, since a derived query cannot leave out the parts of a
 * filter that are not set. Every value is a bound parameter. Each filter the page offers
 * has an index that starts with its column and goes on in the page's order (V33), so a
 * page of a large log reads an index range rather than sorting the table.
 */
class AuditSearchImpl implements AuditSearch {

	private final NamedParameterJdbcTemplate jdbc;

	AuditSearchImpl(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AuditEntry> search(AuditFilter filter, long offset, int limit) {
		List<String> where = new ArrayList<>();
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (filter.actor() != null) {
			where.add("actor = :actor");
			parameters.addValue("actor", filter.actor());
		}
		else if (filter.who() == AuditFilter.Who.STAFF) {
			where.add("actor IS NOT NULL");
		}
		if (filter.who() == AuditFilter.Who.NOBODY) {
			where.add("actor IS NULL");
		}
		if (filter.action() != null) {
			where.add("action = :action");
			parameters.addValue("action", filter.action().name());
		}
		if (filter.kind() != null) {
			where.add("record_kind = :kind");
			parameters.addValue("kind", filter.kind().name());
		}
		if (filter.recordId() != null) {
			where.add("record_id = :recordId");
			parameters.addValue("recordId", filter.recordId());
		}
		if (filter.from() != null) {
			where.add("occurred_at >= :from");
			parameters.addValue("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		}
		if (filter.until() != null) {
			where.add("occurred_at < :until");
			parameters.addValue("until", OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
		}
		parameters.addValue("limit", limit);
		parameters.addValue("offset", offset);
		String sql = "SELECT id, occurred_at, actor, action, record_kind, record_id, detail, client_address, user_agent"
				+ " FROM audit_entry" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
				+ " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset";
		return this.jdbc.query(sql, parameters, AuditSearchImpl::entry);
	}

	private static AuditEntry entry(ResultSet row, int number) throws SQLException {
		String kind = row.getString("record_kind");
		return new AuditEntry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getString("actor"), AuditAction.valueOf(row.getString("action")),
				(kind != null) ? RecordKind.valueOf(kind) : null, row.getString("record_id"), row.getString("detail"),
				row.getString("client_address"), row.getString("user_agent"));
	}

}
