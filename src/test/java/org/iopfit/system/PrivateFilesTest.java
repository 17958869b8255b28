package org.iopfit.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database and its folder are the app's user's alone: another account on the
 * machine cannot read a record (or a deleted one still in the file) from them.
 */
class PrivateFilesTest {

	@TempDir
	Path temp;

	@Test
	void theDatabaseFolderIsPrivateBeforeH2OpensItAndItsFilesOnceTheAppHasStarted() throws Exception {
		Path folder = this.temp.resolve("data/h2");
		String url = "jdbc:h2:file:" + folder.resolve("iopfit") + ";DB_CLOSE_DELAY=-1";
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");

		BeanPostProcessor folders = DatabaseFiles.privateDatabaseFolder(environment);
		folders.postProcessBeforeInitialization(dataSource, "dataSource");
		assertThat(permissions(folder)).isEqualTo("rwx------");
		assertThat(permissions(folder.getParent())).isEqualTo("rwx------");
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("CREATE TABLE note (text VARCHAR(100))");
			new DatabaseFiles().privateDatabaseFiles(environment).onApplicationEvent(null);

			assertThat(folder.resolve("iopfit.mv.db")).exists();
			try (var files = Files.list(folder)) {
				assertThat(files).allSatisfy((file) -> assertThat(permissions(file)).isEqualTo("rw-------"));
			}
			connection.createStatement().execute("SHUTDOWN");
		}
	}

	@Test
	void anExistingFolderIsLeftAsTheOperatorMadeItButTheFilesAreRestricted() throws Exception {
		Path folder = Files.createDirectory(this.temp.resolve("shared"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Path database = Files.createFile(folder.resolve("iopfit.mv.db"));
		Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
		Path other = Files.createFile(folder.resolve("notes.txt"));
		Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));

		PrivateFiles.createFolder(folder);
		PrivateFiles.restrictDatabase(folder.resolve("iopfit"));

		assertThat(permissions(folder)).isEqualTo("rwxr-xr-x");
		assertThat(permissions(database)).isEqualTo("rw-------");
		assertThat(permissions(other)).isEqualTo("rw-r--r--");
	}

	@Test
	void onlyAnEmbeddedFileDatabaseHasAFile() {
		assertThat(PrivateFiles.h2File("jdbc:h2:file:./data/iopfit")).hasValue(Path.of("./data/iopfit"));
		assertThat(PrivateFiles.h2File("jdbc:h2:./data/iopfit;MODE=PostgreSQL")).hasValue(Path.of("./data/iopfit"));
		assertThat(PrivateFiles.h2File("jdbc:h2:mem:test")).isEmpty();
		assertThat(PrivateFiles.h2File("jdbc:h2:tcp://db/iopfit")).isEmpty();
		assertThat(PrivateFiles.h2File("jdbc:postgresql://db/iopfit")).isEmpty();
		assertThat(PrivateFiles.h2File(null)).isEmpty();
	}

	private static String permissions(Path path) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
