package org.iopfit.system.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 request over a socket, with exactly the headers given and from a chosen
 * local address (on Linux, every 127.x.y.z is this machine): as a proxy, or a client that
 * is not one, would send it.
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends a GET and reads the whole answer (the connection closes after it).
	 * @param port the server's port
	 * @param from the local address to send from
	 * @param path the path, as is
	 * @param headers extra header lines, such as {@code X-Forwarded-Proto: https}
	 * @return the response
	 */
	static Response get(int port, String from, String path, String... headers) throws IOException {
		return send(port, from, "GET " + path, null, headers);
	}

	/**
	 * Posts a form and reads the whole answer (the connection closes after it).
	 * @param port the server's port
	 * @param from the local address to send from
	 * @param path the path, as is
	 * @param form the form, encoded
	 * @param headers extra header lines
	 * @return the response
	 */
	static Response post(int port, String from, String path, String form, String... headers) throws IOException {
		return send(port, from, "POST " + path, form, headers);
	}

	private static Response send(int port, String from, String line, String form, String... headers)
			throws IOException {
		StringBuilder request = new StringBuilder(line + " HTTP/1.1\r\n");
		if (Arrays.stream(headers).noneMatch((header) -> header.regionMatches(true, 0, "Host:", 0, 5))) {
			request.append("Host: localhost:").append(port).append("\r\n");
		}
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		if (form != null) {
			request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
				.append(form.getBytes(StandardCharsets.UTF_8).length)
				.append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		if (form != null) {
			request.append(form);
		}
		try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return new Response(response.toString(StandardCharsets.UTF_8));
		}
	}

	/** A response as text. */
	record Response(String text) {

		int status() {
			return Integer.parseInt(this.text.substring(9, 12));
		}

		/** The values of a header, in order. */
		List<String> headers(String name) {
			String head = this.text.substring(0, this.text.indexOf("\r\n\r\n"));
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return head.lines()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.toList();
		}

		/** The cookies this response sets, as a Cookie header would send them back. */
		String cookies() {
			return String.join("; ", headers("Set-Cookie").stream().map((cookie) -> cookie.split(";", 2)[0]).toList());
		}

		/** The first CSRF token in a form of the page. */
		String csrfToken() {
			java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
				.matcher(this.text);
			return token.find() ? token.group(1).replace("&#45;", "-") : null;
		}

		String header(String name) {
			List<String> values = headers(name);
			return values.isEmpty() ? null : values.get(0);
		}

	}

}
