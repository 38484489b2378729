package org.providernetwork.portal.offering;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.offering.OfferingDetails;
import org.providernetwork.service.offering.Offerings;

/** One offering ({@code ?id=}) as anyone in scope sees it; out of scope is "not found". */
@Named
@RequestScoped
public class OfferingPage {

    @Inject
    private Offerings offerings;

    @Inject
    private CurrentUser currentUser;

    private String id;
    private OfferingDetails offering;

    public void load() {
        try {
            offering = offerings.find(Long.parseLong(id == null ? "" : id.trim()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("offering", id);
        }
    }

    /** Whether the signed-in user administers the offering's provider. */
    public boolean isEditable() {
        return offering != null && currentUser.has("provider-admin") && offering.providerId() == currentUser.getOrganisationId();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The risk levels the offering accepts, in words: "Low and moderate". */
    public String getRisksInWords() {
        String words = org.providernetwork.domain.referral.RiskLevel.inWords(offering.acceptedRisks());
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public OfferingDetails getOffering() {
        return offering;
    }
}
