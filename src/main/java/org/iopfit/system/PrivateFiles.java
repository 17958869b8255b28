package org.iopfit.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Files only the app's user may read: the embedded database and the generated
 * answers-cookie key hold health records and the key that seals answers. Their folders
 * are made {@code 0700} when the app creates them, the files {@code 0600}. On a file
 * system without POSIX permissions (Windows) nothing is changed and nothing fails: the
 * folder's own access rules apply.
 */
public final class PrivateFiles {

	private static final Log logger = LogFactory.getLog(PrivateFiles.class);

	private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private PrivateFiles() {
	}

	/**
	 * Creates a folder (and its missing parents) readable by the app's user only. A
	 * folder that already exists keeps its permissions (it may be one the operator chose,
	 * such as a home folder), with a warning if others may read it.
	 * @param folder the folder
	 */
	public static void createFolder(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		try {
			if (Files.isDirectory(absolute)) {
				warnIfOpen(absolute);
				return;
			}
			if (!isPosix()) {
				Files.createDirectories(absolute);
				return;
			}
			Path parent = absolute.getParent();
			if (parent != null && !Files.isDirectory(parent)) {
				createFolder(parent);
			}
			Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
			// The umask may have taken bits from what was asked; never added any.
			Files.setPosixFilePermissions(absolute, OWNER_ONLY_FOLDER);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder " + absolute, ex);
		}
	}

	/**
	 * Makes a file readable and writable by the app's user only.
	 * @param file the file
	 */
	public static void restrict(Path file) {
		if (!isPosix() || !Files.isRegularFile(file)) {
			return;
		}
		try {
			Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
		}
		catch (IOException | UnsupportedOperationException ex) {
			logger.warn("Cannot make " + file + " readable by this user only: " + ex.getMessage());
		}
	}

	/**
	 * The files of an embedded H2 database: {@code iopfit.mv.db} and its companions
	 * ({@code .trace.db}, {@code .lock.db}, temporary files) in its folder.
	 * @param database the database's path without extension, as in its JDBC URL
	 */
	public static void restrictDatabase(Path database) {
		Path absolute = database.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return;
		}
		String name = absolute.getFileName().toString();
		try (Stream<Path> files = Files.list(folder)) {
			files.filter((file) -> file.getFileName().toString().startsWith(name + "."))
				.forEach(PrivateFiles::restrict);
		}
		catch (IOException ex) {
			logger.warn("Cannot list " + folder + ": " + ex.getMessage());
		}
	}

	/**
	 * The file an H2 JDBC URL keeps its database in, if it is an embedded file database.
	 * @param url a JDBC URL
	 * @return the path without extension, or empty for another database, an in-memory one
	 * or an H2 server
	 */
	public static Optional<Path> h2File(String url) {
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String rest = url.substring("jdbc:h2:".length());
		int options = rest.indexOf(';');
		if (options >= 0) {
			rest = rest.substring(0, options);
		}
		if (rest.startsWith("file:")) {
			rest = rest.substring("file:".length());
		}
		else if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")
				|| rest.startsWith("zip:") || rest.startsWith("nio") || rest.startsWith("split:")) {
			return Optional.empty();
		}
		if (rest.isEmpty() || rest.startsWith("~")) {
			// The home folder: the operator's own choice, left as it is.
			return rest.startsWith("~")
					? Optional
						.of(Path.of(System.getProperty("user.home"), rest.substring(1).replaceFirst("^[/\\\\]", "")))
					: Optional.empty();
		}
		return Optional.of(Path.of(rest));
	}

	private static void warnIfOpen(Path folder) {
		if (!isPosix()) {
			return;
		}
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
			if (permissions.contains(PosixFilePermission.GROUP_READ)
					|| permissions.contains(PosixFilePermission.OTHERS_READ)
					|| permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
				logger.warn(folder + " may be listed by other users (" + PosixFilePermissions.toString(permissions)
						+ "): chmod 700 it, its files hold health records or their key");
			}
		}
		catch (IOException ex) {
			// Nothing to warn about that we can read.
		}
	}

	private static boolean isPosix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

}
