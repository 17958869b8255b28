package org.iopfit.staff;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The staff sessions in the database, found by username, so that disabling an account
 * ends its sessions on every instance at once.
 */
@Component
public class StaffSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	// Absent when the app runs without a web server (a command-line start): no sessions.
	StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends the session of the browser making this request, and its sign-in for the rest
	 * of the request: what a lock, a refused factor or a passkey without a password leads
	 * to.
	 * @param request the request
	 */
	public static void endThis(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

	/**
	 * Ends every session of a staff member.
	 * @param username whose sessions
	 * @return how many were ended
	 */
	public int endAllOf(String username) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		Set<String> ids = repository.findByPrincipalName(username).keySet();
		ids.forEach(repository::deleteById);
		return ids.size();
	}

	/**
	 * Ends every session of a staff member but one: after they change their own password,
	 * whoever knew the old one is signed out, and they are not.
	 * @param username whose sessions
	 * @param keep the id of the session to keep
	 * @return how many were ended
	 */
	public int endOthersOf(String username, String keep) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		int ended = 0;
		for (String id : repository.findByPrincipalName(username).keySet()) {
			if (!id.equals(keep)) {
				repository.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
