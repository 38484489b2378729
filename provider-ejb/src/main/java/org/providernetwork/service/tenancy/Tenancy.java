package org.providernetwork.service.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.providernetwork.service.account.Caller;

/** The tenant scope of the current caller; the one place services ask. */
@RequestScoped
public class Tenancy {

    @Inject
    private Caller caller;

    public TenantScope scope() {
        return TenantScope.of(caller.current().orElse(null));
    }
}
