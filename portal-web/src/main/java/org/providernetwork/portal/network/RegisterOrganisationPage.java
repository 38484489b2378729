package org.providernetwork.portal.network;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.service.network.NetworkDirectory;
import org.providernetwork.service.network.NewOrganisation;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.reference.ReferenceViews.RegionView;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Registering a lead contractor or provider (state resource staff). A refused registration keeps what
 * was typed and says, next to the field, what is wrong; nothing is saved.
 */
@Named
@ViewScoped
public class RegisterOrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which input shows the message of each field the service names. */
    private static final Map<String, String> FIELD_INPUTS = Map.of(
            "name", "form:name",
            "type", "form:type",
            "region", "form:region",
            "regions", "form:serviceRegions",
            "headquartersCountyFips", "form:county",
            "email", "form:email");

    @Inject
    private NetworkDirectory directory;

    @Inject
    private ReferenceData reference;

    private String name;
    private OrganisationType type = OrganisationType.LOCAL_PROVIDER;
    private String region;
    private List<String> serviceRegions = new ArrayList<>();
    private String county;
    private String addressLine;
    private String city;
    private String postalCode;
    private String phone;
    private String email;
    private String website;

    public void register() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long id = directory.register(new NewOrganisation(name, type,
                    type == OrganisationType.LEAD_CONTRACTOR ? region : null,
                    type == OrganisationType.LEAD_CONTRACTOR ? List.of() : serviceRegions,
                    countyCode(county), addressLine, city, postalCode, phone, email, website));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Registered " + name.trim(), null));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/network/organisation.xhtml?id=" + id);
        } catch (DomainException e) {
            String input = e.field() == null ? null : FIELD_INPUTS.get(e.field());
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    /** Accepts a bare FIPS code or an autocomplete entry such as "Lee (28081)". */
    static String countyCode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        int open = trimmed.lastIndexOf('(');
        if (open >= 0 && trimmed.endsWith(")")) {
            return trimmed.substring(open + 1, trimmed.length() - 1).trim();
        }
        return trimmed;
    }

    public List<String> completeCounty(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return reference.counties(null).stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(q) || c.fips().startsWith(q))
                .limit(15)
                .map(c -> c.name() + " (" + c.fips() + ")")
                .toList();
    }

    public List<RegionView> getRegions() {
        return reference.regions();
    }

    public List<CountyView> getCounties() {
        return reference.counties(null);
    }

    public OrganisationType[] getTypes() {
        return new OrganisationType[] {OrganisationType.LEAD_CONTRACTOR, OrganisationType.LOCAL_PROVIDER,
            OrganisationType.STATEWIDE_PROVIDER};
    }

    public boolean isLead() {
        return type == OrganisationType.LEAD_CONTRACTOR;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<String> getServiceRegions() {
        return serviceRegions;
    }

    public void setServiceRegions(List<String> serviceRegions) {
        this.serviceRegions = serviceRegions == null ? new ArrayList<>() : serviceRegions;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
