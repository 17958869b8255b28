package org.iopfit.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit log. Every feature that touches a record calls
 * {@link #record}. An entry joins the caller's transaction: it commits with what it
 * records, so the log never claims a change that was rolled back; with no transaction
 * around it (a failed sign-in) it commits on its own.
 */
@Service
public class AuditLog {

	private static final int MOST_RECENT = 200;

	private static final int DETAIL_LENGTH = 100;

	private static final int ADDRESS_LENGTH = 64;

	private static final int USER_AGENT_LENGTH = 200;

	// Control and format characters (newlines, escapes, bidi overrides): a user agent is
	// whatever the client sends, and must not be able to fake a line or reorder the page.
	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

	private final AuditEntries entries;

	private final Clock clock;

	AuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records that someone did something to a record.
	 * @param actor the staff member's username, {@code null} for none
	 * @param action what they did
	 * @param kind the kind of record, {@code null} for none
	 * @param recordId the record's id, {@code null} for none
	 */
	// In the caller's transaction, if there is one: the entry commits with what it
	// records. A transaction of its own would take a second pooled connection while the
	// caller holds one, and with as many callers as connections every request would wait
	// for the pool.
	@Transactional
	public void record(String actor, AuditAction action, RecordKind kind, Object recordId) {
		record(actor, action, kind, recordId, null);
	}

	/**
	 * Records that someone, or the system, did something, with a short detail.
	 * @param actor the staff member's username, {@code null} for none or the system
	 * @param action what they did
	 * @param kind the kind of record, {@code null} for none
	 * @param recordId the record's id, {@code null} for none
	 * @param detail a short detail such as a count, {@code null} for none
	 */
	@Transactional
	public void record(String actor, AuditAction action, RecordKind kind, Object recordId, String detail) {
		// Taken here rather than from each caller, so that no entry written during a
		// request
		// (a sign-in, a failed code, a record opened) can leave out where it came from.
		HttpServletRequest request = currentRequest();
		this.entries.save(new AuditEntry(null, this.clock.instant(), actor, action, kind,
				(recordId != null) ? recordId.toString() : null, cut(detail, DETAIL_LENGTH),
				(request != null) ? cut(clean(request.getRemoteAddr()), ADDRESS_LENGTH) : null,
				(request != null) ? cut(clean(request.getHeader(HttpHeaders.USER_AGENT)), USER_AGENT_LENGTH) : null));
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = UNPRINTABLE.matcher(text).replaceAll("").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	private static String cut(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		// Never half a surrogate pair.
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	/**
	 * One page of the entries that match a filter, newest first.
	 * @param filter which entries
	 * @param page the page, from 1
	 * @param size entries a page
	 * @return the page's entries, and whether there is a next page
	 */
	@Transactional(readOnly = true)
	public Page search(AuditFilter filter, int page, int size) {
		if (page < 1 || size < 1) {
			throw new IllegalArgumentException("page and size start at 1");
		}
		// One more than a page: whether there is a next one, without counting them all.
		List<AuditEntry> found = this.entries.search(filter, (long) (page - 1) * size, size + 1);
		return new Page(found.subList(0, Math.min(size, found.size())), found.size() > size);
	}

	/**
	 * Who opened a record, newest first: what each record page shows.
	 * @param kind the kind of record
	 * @param recordId its id
	 * @return at most 200 views
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> viewsOf(RecordKind kind, Object recordId) {
		return this.entries.findByRecordKindAndRecordIdAndActionOrderByOccurredAtDescIdDesc(kind, recordId.toString(),
				AuditAction.VIEWED, Limit.of(MOST_RECENT));
	}

	/**
	 * Deletes the entries older than the cutoff: for their retention rule alone, which
	 * lives with the other rules in {@code org.iopfit.retention}.
	 * @param cutoff entries from before this moment go
	 * @return how many were deleted
	 */
	@Transactional
	public int deleteOlderThan(Instant cutoff) {
		return this.entries.deleteOlderThan(cutoff);
	}

	/**
	 * One page of audit entries.
	 *
	 * @param entries newest first
	 * @param hasNext whether older entries match
	 */
	public record Page(List<AuditEntry> entries, boolean hasNext) {
	}

}
