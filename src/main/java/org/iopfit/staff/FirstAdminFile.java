package org.iopfit.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.iopfit.system.PrivateFiles;

import org.springframework.stereotype.Component;

/**
 * The file that hands the first administrator their secrets
 * ({@code admin.password-file}): the generated password, when none was set, and the
 * enrolment code for their first passkey. Never the log, which is copied to consoles,
 * journals and log collectors that many people read. The file is readable only by the
 * user the app runs as (0600, in a folder of 0700), and removed once the first
 * administrator has a passkey.
 */
@Component
public class FirstAdminFile {

	private static final Log logger = LogFactory.getLog(FirstAdminFile.class);

	public static final String CODE = "enrolment-code: ";

	private final Path file;

	FirstAdminFile(AdminProperties admin) {
		this.file = admin.passwordFile().toAbsolutePath();
	}

	public Path path() {
		return this.file;
	}

	/**
	 * Writes the file, replacing its enrolment code and keeping what else it held (a
	 * generated password not read yet must survive a new code).
	 * @param lines the lines to write, or to put in place of the enrolment code
	 */
	public void write(List<String> lines) {
		try {
			Path folder = this.file.getParent();
			PrivateFiles.createFolder(folder);
			List<String> content = new ArrayList<>();
			if (Files.exists(this.file)) {
				for (String line : Files.readAllLines(this.file)) {
					if (!line.startsWith(CODE) && lines.stream().noneMatch(line::equals)) {
						content.add(line);
					}
				}
			}
			content.addAll(lines);
			Path temporary = Files.createTempFile(folder, "first-admin", ".tmp");
			PrivateFiles.restrict(temporary);
			Files.write(temporary, content);
			Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the first administrator's file " + this.file
					+ "; set admin.password-file to a writable place", ex);
		}
	}

	/**
	 * Removes the file, once the first administrator needs it no more.
	 */
	public void remove() {
		try {
			if (Files.deleteIfExists(this.file)) {
				logger.info("Removed " + this.file + ": the first administrator has registered a passkey");
			}
		}
		catch (IOException ex) {
			logger.warn("Could not remove " + this.file + "; delete it by hand", ex);
		}
	}

}
