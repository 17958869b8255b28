package org.iopfit.system.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies over the limit, sent over a raw socket so that the path goes exactly as
 * an attacker writes it (an HTTP client would normalize it): refused before they are
 * read, whatever spelling of the path reaches the API, and the server still answers
 * afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BodySizeLimitTest {

	/** Several times the limit, and far more than a real body. */
	private static final int CHUNKED_BYTES = 8 * 1024 * 1024;

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/screenings", "/%61pi/v1/screenings", "/x/../api/v1/screenings",
			"/./api/v1/screenings", "//api/v1/screenings" })
	void aDeclaredLengthOverTheLimitIsRefusedAsAProblemBeforeTheBodyIsSent(String path) throws IOException {
		String response = send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 300000000\r\n\r\n", null);

		assertThat(statusOf(response)).isEqualTo(413);
		assertThat(response).containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"status\":413")
			.contains("larger than 64 KB");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/screening/call-back", "/staff/login", "/x/../screening/call-back" })
	void aDeclaredLengthOverTheLimitOnAPageIsRefusedWithTheErrorPage(String path) throws IOException {
		String response = send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 300000000\r\n\r\n", null);

		assertThat(statusOf(response)).isEqualTo(413);
		assertThat(response).containsIgnoringCase("Content-Type: text/html")
			.contains("more than we can take")
			.contains("844-639-8371");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/screenings", "/%61pi/v1/screenings", "/x/../api/v1/screenings",
			"/./api/v1/screenings", "//api/v1/screenings" })
	void aChunkedJsonBodyOfSeveralMegabytesIsCutOffAndTheServerLives(String path) throws IOException {
		String response = send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: chunked\r\n\r\n", "{\"respondent\":\"" + "x".repeat(1024));

		assertRefusedOrClosed(response);
		assertServerAnswers();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "/screening/call-back", "/%73creening/call-back", "//screening/call-back", "/staff/login" })
	void aChunkedFormBodyOfSeveralMegabytesIsCutOffAndTheServerLives(String path) throws IOException {
		String response = send(
				"POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
						+ "Transfer-Encoding: chunked\r\n\r\n",
				"firstName=" + "x".repeat(1024));

		assertRefusedOrClosed(response);
		assertServerAnswers();
	}

	private static void assertRefusedOrClosed(String response) {
		if (!response.isEmpty()) {
			assertThat(statusOf(response)).as(response.lines().findFirst().orElse("")).isBetween(400, 499);
		}
	}

	private void assertServerAnswers() throws IOException {
		String response = send("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
		assertThat(statusOf(response)).isEqualTo(200);
	}

	/**
	 * Sends the head, then (if given) chunks of the text until the limit is far passed or
	 * the server stops reading; returns what came back, empty if nothing did.
	 */
	private String send(String head, String chunk) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			if (chunk != null) {
				byte[] bytes = chunk.getBytes(StandardCharsets.ISO_8859_1);
				byte[] framed = concat(
						(Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1), bytes,
						"\r\n".getBytes(StandardCharsets.ISO_8859_1));
				try {
					for (int sent = 0; sent < CHUNKED_BYTES; sent += bytes.length) {
						out.write(framed);
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
				}
				catch (SocketException ex) {
					// The server stopped reading and closed: what it answered first is
					// still to be read.
				}
			}
			return readResponse(socket.getInputStream());
		}
	}

	private static String readResponse(InputStream in) throws IOException {
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			int n;
			while ((n = in.read(buffer)) != -1) {
				response.write(buffer, 0, n);
				if (complete(response.toString(StandardCharsets.UTF_8))) {
					break;
				}
			}
		}
		catch (SocketException ex) {
			// Reset by the server after its answer, or before any.
		}

		return response.toString(StandardCharsets.UTF_8);
	}

	/** Whether a whole response, head and body, has arrived. */
	private static boolean complete(String response) {
		int end = response.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		String head = response.substring(0, end).toLowerCase();
		// A page written to a connection that then closes need not say its length.
		if (head.startsWith("http/1.1 413") && head.contains("text/html")) {
			return response.contains("</html>");
		}
		if (head.contains("transfer-encoding: chunked")) {
			return response.endsWith("0\r\n\r\n");
		}
		int at = head.indexOf("content-length:");
		if (at < 0) {
			return false;
		}
		int length = Integer.parseInt(head.substring(at + 15).lines().findFirst().orElseThrow().strip());
		return response.getBytes(StandardCharsets.UTF_8).length >= end + 4 + length;
	}

	private static int statusOf(String response) {
		assertThat(response).startsWith("HTTP/1.1 ");
		return Integer.parseInt(response.substring(9, 12));
	}

	private static byte[] concat(byte[]... parts) {
		byte[] all = new byte[Arrays.stream(parts).mapToInt((part) -> part.length).sum()];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
