package org.providernetwork.api;

import org.providernetwork.domain.account.Roles;

/** Role sets used on resource methods; there is no method without one (deny by default). */
public final class Access {

    /** Roles of every signed-in user, for data the whole network may read (reference data, the directory). */
    public static final String ANY_ROLE = "**";

    public static final String STATE_STAFF = Roles.STATE_STAFF;

    private Access() {
    }
}
