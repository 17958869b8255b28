package org.iopfit.audit;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an entry came from is taken from the request being served, whoever writes the
 * entry, and what the client sent cannot forge a line, reorder the page or fill the
 * column.
 */
class AuditLogTest {

	private final List<AuditEntry> saved = new ArrayList<>();

	private final AuditLog audit = new AuditLog(entries(this.saved),
			Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void anEntryWrittenDuringARequestCarriesTheClientsAddressAndACleanShortUserAgent() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("2001:db8::7");
		request.addHeader("User-Agent", "Evil\u202E/1.0\r\n2026-12-01 admin LOGIN\u0000 " + "x".repeat(300));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		this.audit.record(null, AuditAction.LOGIN_FAILED, RecordKind.STAFF_ACCOUNT, 7);

		AuditEntry entry = this.saved.get(0);
		assertThat(entry.clientAddress()).isEqualTo("2001:db8::7");
		assertThat(entry.userAgent()).hasSize(200)
			.startsWith("Evil/1.02026-12-01 admin LOGIN x")
			.doesNotContain("\u202E")
			.doesNotContain("\n")
			.doesNotContain("\u0000");
	}

	@Test
	void anEntryWrittenOutsideARequestHasNoClient() {
		this.audit.record(null, AuditAction.DELETED, RecordKind.SCREENING, null, "3");

		assertThat(this.saved.get(0))
			.extracting(AuditEntry::clientAddress, AuditEntry::userAgent, AuditEntry::detail, AuditEntry::actor)
			.containsExactly(null, null, "3", null);
	}

	@Test
	void aRequestWithoutAUserAgentRecordsNone() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

		this.audit.record("admin", AuditAction.VIEWED, RecordKind.AUDIT_LOG, null);

		assertThat(this.saved.get(0).clientAddress()).isEqualTo("127.0.0.1");
		assertThat(this.saved.get(0).userAgent()).isNull();
	}

	private static AuditEntries entries(List<AuditEntry> saved) {
		return (AuditEntries) Proxy.newProxyInstance(AuditEntries.class.getClassLoader(),
				new Class<?>[] { AuditEntries.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("save")) {
						saved.add((AuditEntry) arguments[0]);
						return arguments[0];
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}
