package org.iopfit.staff;

import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The staff sessions in the database, found by username, so that disabling an account
 * ends its sessions on every instance at once.
 */
@Component
public class StaffSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	StaffSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of a staff member.
	 * @param username whose sessions
	 * @return how many were ended
	 */
	public int endAllOf(String username) {
		Set<String> ids = this.sessions.findByPrincipalName(username).keySet();
		ids.forEach(this.sessions::deleteById);
		return ids.size();
	}

}
