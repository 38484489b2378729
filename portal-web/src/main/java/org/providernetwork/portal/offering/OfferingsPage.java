package org.providernetwork.portal.offering;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.portal.shell.PagedModel;
import org.providernetwork.service.offering.OfferingFilter;
import org.providernetwork.service.offering.OfferingSummary;
import org.providernetwork.service.offering.Offerings;

import java.io.Serializable;

/** The offerings the signed-in organisation may see, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class OfferingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Offerings offerings;

    private String serviceType;
    private String county;
    private String need;
    private String language;
    private String text;
    private Boolean contracted;
    private boolean includeWithdrawn;
    private PagedModel<OfferingSummary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> offerings.search(filter(), page), OfferingSummary::id);
    }

    private OfferingFilter filter() {
        return new OfferingFilter(null, serviceType, county, need, language, includeWithdrawn ? null : Boolean.TRUE,
                contracted, text);
    }

    public PagedModel<OfferingSummary> getModel() {
        return model;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getContracted() {
        return contracted;
    }

    public void setContracted(Boolean contracted) {
        this.contracted = contracted;
    }

    public boolean isIncludeWithdrawn() {
        return includeWithdrawn;
    }

    public void setIncludeWithdrawn(boolean includeWithdrawn) {
        this.includeWithdrawn = includeWithdrawn;
    }
}
