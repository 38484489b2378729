package org.providernetwork.portal.contract;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.contract.ContractStatus;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.contract.ContractRegistry;
import org.providernetwork.service.contract.ContractView;

import java.io.Serializable;

/** One contract ({@code ?id=}); its purchaser activates a draft here. Out of scope is "not found". */
@Named
@ViewScoped
public class ContractPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractRegistry registry;

    @Inject
    private CurrentUser currentUser;

    private String id;
    private ContractView contract;

    public void load() {
        try {
            contract = registry.find(Long.parseLong(id == null ? "" : id.trim()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("contract", id);
        }
    }

    public void activate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            contract = registry.activate(contract.id(), contract.version());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Contract " + contract.number() + " is active", null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public boolean isActivatable() {
        return contract != null && contract.status() == ContractStatus.DRAFT
                && contract.purchaserId() == currentUser.getOrganisationId();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ContractView getContract() {
        return contract;
    }
}
