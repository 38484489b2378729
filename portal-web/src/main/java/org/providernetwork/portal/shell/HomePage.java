package org.providernetwork.portal.shell;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.network.NetworkDirectory;
import org.providernetwork.service.network.NetworkOverview;
import org.providernetwork.service.network.NetworkOverview.RegionOverview;
import org.providernetwork.service.network.NetworkOverview.StateFigures;
import org.providernetwork.service.network.OrganisationDetails;

import org.providernetwork.service.contract.ContractRegistry;
import org.providernetwork.service.contract.ContractView;
import org.providernetwork.service.offering.CredentialAlert;
import org.providernetwork.service.offering.Offerings;

import java.io.Serializable;
import java.util.List;

/** The home page: the statewide network for state roles, the region for a lead, the organisation for a provider. */
@Named
@ViewScoped
public class HomePage implements Serializable {

    @Inject
    private java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkOverview overview;

    @Inject
    private NetworkDirectory directory;

    @Inject
    private CurrentUser currentUser;

    private StateFigures state;
    private RegionOverview region;
    private OrganisationDetails organisation;
    private List<ContractView> expiring = List.of();
    private List<CredentialAlert> expiringCredentials = List.of();

    @Inject
    private Offerings offerings;

    @Inject
    private org.providernetwork.service.referral.Referrals referrals;

    private long referralsWaiting = -1;

    @Inject
    private ContractRegistry contracts;

    @Inject
    private org.providernetwork.service.quality.ImprovementPlans plans;

    private List<org.providernetwork.service.quality.QualityViews.OverdueStep> overdueSteps = List.of();

    public void load() {
        if (currentUser.isStateView()) {
            state = overview.state();
        }
        if (currentUser.isLead() && currentUser.getLeadRegionCode() != null) {
            region = overview.region(currentUser.getLeadRegionCode());
        }
        if (currentUser.isProvider() || currentUser.isLead()) {
            organisation = directory.find(currentUser.getOrganisationId());
        }
        if (currentUser.isStateStaff() || currentUser.isLead()) {
            expiring = contracts.expiringWithin(org.providernetwork.domain.contract.Contract.EXPIRY_NOTICE_DAYS);
        }
        if (currentUser.isProvider()) {
            referralsWaiting = referrals.count(new org.providernetwork.service.referral.ReferralFilter(null, null, null, null,
                    null, true));
        } else if (currentUser.isStateStaff() || currentUser.isLead()) {
            referralsWaiting = referrals.count(new org.providernetwork.service.referral.ReferralFilter(null, null, null, null,
                    Boolean.TRUE, false));
        }
        if (currentUser.isStateStaff() || currentUser.isLead() || currentUser.has("provider-admin")) {
            expiringCredentials = offerings.credentialsExpiringWithin(org.providernetwork.domain.network.Credential.EXPIRY_NOTICE_DAYS);
        }
        // improvement plan steps past their due date: state CQI staff see every one, everyone else those they own
        overdueSteps = currentUser.isStateStaff() ? plans.overdueInScope() : plans.overdueForMe();
    }

    public List<org.providernetwork.service.quality.QualityViews.OverdueStep> getOverdueSteps() {
        return overdueSteps;
    }

    /** Active contracts ending within {@code Contract.EXPIRY_NOTICE_DAYS} (those within {@code EXPIRY_URGENT_DAYS} are urgent). */
    public List<ContractView> getExpiring() {
        return expiring;
    }

    /**
     * Referrals that need this organisation: offers waiting for a provider's answer, or escalated referrals
     * for the state and the lead; -1 when the role has none.
     */
    public long getReferralsWaiting() {
        return referralsWaiting;
    }

    /** Licences and accreditations that expire within {@code Credential.EXPIRY_NOTICE_DAYS} or expired within {@code EXPIRY_URGENT_DAYS}. */
    public List<CredentialAlert> getExpiringCredentials() {
        return expiringCredentials;
    }

    public long daysLeft(ContractView contract) {
        return java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(clock), contract.end());
    }

    public StateFigures getState() {
        return state;
    }

    public RegionOverview getRegion() {
        return region;
    }

    public OrganisationDetails getOrganisation() {
        return organisation;
    }
}
