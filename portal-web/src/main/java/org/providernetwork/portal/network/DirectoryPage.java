package org.providernetwork.portal.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.network.NetworkDirectory;
import org.providernetwork.service.network.OrganisationFilter;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.reference.ReferenceViews.RegionView;

import java.io.Serializable;
import java.util.List;

/** The network directory: every organisation, filtered by name, type, region and county. */
@Named
@ViewScoped
public class DirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferenceData reference;

    private String region;
    private String county;
    private OrganisationType type;
    private String name;
    @Inject
    private NetworkDirectory directory;

    private OrganisationDirectoryModel model;

    @PostConstruct
    void init() {
        model = new OrganisationDirectoryModel(() -> directory, this::filter);
    }

    private OrganisationFilter filter() {
        return new OrganisationFilter(name, type, region, county);
    }

    public OrganisationDirectoryModel getModel() {
        return model;
    }

    public List<RegionView> getRegions() {
        return reference.regions();
    }

    public List<CountyView> getCounties() {
        return reference.counties(region);
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    /** When the region changes, a county of another region no longer applies. */
    public void regionChanged() {
        if (county != null && getCounties().stream().noneMatch(c -> c.fips().equals(county))) {
            county = null;
        }
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county == null || county.isBlank() ? null : county;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
