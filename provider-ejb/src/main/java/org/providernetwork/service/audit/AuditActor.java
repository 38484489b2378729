package org.providernetwork.service.audit;

/**
 * Who is acting on the current thread: set for each HTTP request once its caller is known, read by the
 * audit writer inside the transaction. Work without a request (start-up, timers) acts as "system".
 */
public record AuditActor(String username, Long organisationId, String requestId) {

    private static final ThreadLocal<AuditActor> CURRENT = new ThreadLocal<>();
    private static final AuditActor SYSTEM = new AuditActor("system", null, null);

    public static AuditActor current() {
        AuditActor actor = CURRENT.get();
        return actor == null ? SYSTEM : actor;
    }

    public static void set(AuditActor actor) {
        CURRENT.set(actor);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs work as the given actor and puts back whoever was acting before. */
    public static void runAs(AuditActor actor, Runnable work) {
        AuditActor previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            work.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
