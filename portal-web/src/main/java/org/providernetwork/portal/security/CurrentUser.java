package org.providernetwork.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;

import java.util.List;

/** The signed-in user as pages see it ({@code #{currentUser}}); {@code null}-safe for anonymous pages. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    private SignedInUser user;
    private boolean loaded;

    public SignedInUser get() {
        if (!loaded) {
            Object value = request.getAttribute(Caller.REQUEST_ATTRIBUTE);
            if (value == null) {
                HttpSession session = request.getSession(false);
                value = session == null ? null : session.getAttribute(PortalAuthentication.SESSION_USER);
            }
            user = value instanceof SignedInUser u ? u : null;
            loaded = true;
        }
        return user;
    }

    public boolean isSignedIn() {
        return get() != null;
    }

    public String getDisplayName() {
        return isSignedIn() ? user.displayName() : null;
    }

    public String getOrganisationName() {
        return isSignedIn() ? user.organisationName() : null;
    }

    public long getOrganisationId() {
        return isSignedIn() ? user.organisationId() : 0;
    }

    public String getLeadRegionCode() {
        return isSignedIn() ? user.leadRegionCode() : null;
    }

    public boolean has(String role) {
        return isSignedIn() && user.hasRole(role);
    }

    public boolean isStateView() {
        return has(Roles.STATE_STAFF) || has(Roles.CQI_REVIEWER) || has(Roles.AUDITOR);
    }

    public boolean isLead() {
        return has(Roles.REGIONAL_LEAD) && org.providernetwork.service.tenancy.TenantScope.of(user).leads(user.leadRegionCode());
    }

    public boolean isProvider() {
        return (has(Roles.PROVIDER_ADMIN) || has(Roles.PROVIDER_STAFF)) && user.organisationType().isProvider();
    }

    public boolean isStateStaff() {
        return has(Roles.STATE_STAFF);
    }

    /** Labels of the user's roles, for the header. */
    public List<String> getRoleLabels() {
        if (!isSignedIn()) {
            return List.of();
        }
        return user.roles().stream().map(PortalRole::ofCode).map(PortalRole::getLabel).sorted().toList();
    }
}
