package org.providernetwork.service.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Turns off EclipseLink's own retry of a read query after a lost connection (by default three more
 * attempts, five seconds apart), registered as the persistence unit's session event listener. The pool
 * already hands out only validated connections, so a retry can only help while the database is away, and
 * there it held every request for ten seconds or more before the caller learnt anything: without it the
 * API answers 503 at once (docs/reliability.md).
 */
public class NoQueryRetry extends SessionEventAdapter {

    @Override
    public void preLogin(SessionEvent event) {
        event.getSession().getLogin().setQueryRetryAttemptCount(0);
    }
}
