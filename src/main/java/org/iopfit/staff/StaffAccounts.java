package org.iopfit.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The staff accounts.
 */
public interface StaffAccounts extends ListCrudRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<StaffAccount> findAllByOrderByUsername();

	/**
	 * Counts a wrong password in one statement, so two instances counting at once lose
	 * neither.
	 * @param id the account
	 */
	@Modifying
	@Query("UPDATE staff_account SET failed_logins = failed_logins + 1 WHERE id = :id")
	void countFailedLogin(@Param("id") long id);

	@Query("SELECT failed_logins FROM staff_account WHERE id = :id")
	int failedLogins(@Param("id") long id);

	@Modifying
	@Query("UPDATE staff_account SET failed_logins = 0, locked_until = :until WHERE id = :id")
	void lockUntil(@Param("id") long id, @Param("until") Instant until);

	@Modifying
	@Query("UPDATE staff_account SET failed_logins = 0, locked_until = NULL WHERE id = :id")
	void clearFailedLogins(@Param("id") long id);

	/**
	 * Counts a wrong recovery or enrolment code in one statement. Kept apart from wrong
	 * passwords: a right password does not reset it.
	 * @param id the account
	 */
	@Modifying
	@Query("UPDATE staff_account SET second_factor_failures = second_factor_failures + 1 WHERE id = :id")
	void countSecondFactorFailure(@Param("id") long id);

	@Query("SELECT second_factor_failures FROM staff_account WHERE id = :id")
	int secondFactorFailures(@Param("id") long id);

	/**
	 * Locks an account after too many wrong codes. The count is kept, so after the lock
	 * each further wrong code locks it again at once, until a second factor works or an
	 * administrator resets it.
	 * @param id the account
	 * @param until the end of the lock
	 */
	@Modifying
	@Query("UPDATE staff_account SET locked_until = :until WHERE id = :id")
	void lockForSecondFactor(@Param("id") long id, @Param("until") Instant until);

	@Modifying
	@Query("UPDATE staff_account SET second_factor_failures = 0 WHERE id = :id")
	void clearSecondFactorFailures(@Param("id") long id);

}
