package org.iopfit.limits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's buckets in the embedded H2 database, the way its PostgreSQL proxy keeps them
 * (a row locked with SELECT ... FOR UPDATE for the length of one transaction), so that
 * instances sharing one H2 server share the limits. Bucket4j's own proxy does not run
 * here: its empty row is inserted with PostgreSQL's ON CONFLICT, which H2 takes only in
 * its PostgreSQL mode. Here a duplicate key on that insert means another transaction
 * inserted the row first, and Bucket4j starts over, as it does on PostgreSQL.
 */
class H2BucketProxyManager extends AbstractSelectForUpdateBasedProxyManager<String> {

	// H2's code for a duplicate key (the SQL standard's integrity constraint violation).
	private static final String DUPLICATE_KEY = "23505";

	private final DataSource dataSource;

	private final CustomColumnProvider<String> expiresAt;

	H2BucketProxyManager(DataSource dataSource, ClientSideConfig config, ExpirationAfterWriteStrategy expiration) {
		super(config.withExpirationAfterWriteStrategy(expiration));
		this.dataSource = dataSource;
		this.expiresAt = CustomColumnProvider.createExpiresInColumnProvider("expires_at", expiration);
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
		Connection connection;
		try {
			connection = this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new BucketExceptions.BucketExecutionException(ex);
		}
		return new SelectForUpdateBasedTransaction() {

			@Override
			public void begin(Optional<Long> timeout) {
				run(() -> connection.setAutoCommit(false));
			}

			@Override
			public void rollback() {
				run(connection::rollback);
			}

			@Override
			public void commit(Optional<Long> timeout) {
				run(connection::commit);
			}

			@Override
			public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
				try (PreparedStatement select = connection
					.prepareStatement("SELECT state FROM client_limit_bucket WHERE id = ? FOR UPDATE")) {
					applyTimeout(select, timeout);
					select.setString(1, key);
					try (ResultSet row = select.executeQuery()) {
						return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
					}
				}
				catch (SQLException ex) {
					throw new BucketExceptions.BucketExecutionException(ex);
				}
			}

			@Override
			public boolean tryInsertEmptyData(Optional<Long> timeout) {
				try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO client_limit_bucket (id, state) VALUES (?, NULL)")) {
					applyTimeout(insert, timeout);
					insert.setString(1, key);
					return insert.executeUpdate() > 0;
				}
				catch (SQLException ex) {
					if (DUPLICATE_KEY.equals(ex.getSQLState())) {
						return false;
					}
					throw new BucketExceptions.BucketExecutionException(ex);
				}
			}

			@Override
			public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
				try (PreparedStatement update = connection
					.prepareStatement("UPDATE client_limit_bucket SET state = ?, expires_at = ? WHERE id = ?")) {
					applyTimeout(update, timeout);
					update.setBytes(1, data);
					H2BucketProxyManager.this.expiresAt.setCustomField(key, 2, update, state, currentTimeNanos());
					update.setString(3, key);
					update.executeUpdate();
				}
				catch (SQLException ex) {
					throw new BucketExceptions.BucketExecutionException(ex);
				}
			}

			@Override
			public void release() {
				run(connection::close);
			}

		};
	}

	@Override
	public void removeProxy(String key) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement delete = connection
					.prepareStatement("DELETE FROM client_limit_bucket WHERE id = ?")) {
			delete.setString(1, key);
			delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw new BucketExceptions.BucketExecutionException(ex);
		}
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	private static void run(SqlAction action) {
		try {
			action.run();
		}
		catch (SQLException ex) {
			throw new BucketExceptions.BucketExecutionException(ex);
		}
	}

	private interface SqlAction {

		void run() throws SQLException;

	}

}
