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

import java.io.Serializable;
import java.util.List;

/** The home page: the statewide network for state roles, the region for a lead, the organisation for a provider. */
@Named
@ViewScoped
public class HomePage implements Serializable {

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

    @Inject
    private ContractRegistry contracts;

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
            expiring = contracts.expiringWithin(60);
        }
    }

    /** Active contracts ending within 60 days (those within 30 are urgent). */
    public List<ContractView> getExpiring() {
        return expiring;
    }

    public long daysLeft(ContractView contract) {
        return java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(java.time.ZoneOffset.UTC), contract.end());
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
