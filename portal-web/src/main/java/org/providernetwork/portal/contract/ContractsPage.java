package org.providernetwork.portal.contract;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.portal.shell.PagedModel;
import org.providernetwork.service.contract.ContractRegistry;
import org.providernetwork.service.contract.ContractView;

import java.io.Serializable;

/** The contracts the signed-in organisation may see. */
@Named
@ViewScoped
public class ContractsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractRegistry registry;

    private PagedModel<ContractView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> registry.search(null, null, page), ContractView::id);
    }

    public PagedModel<ContractView> getModel() {
        return model;
    }
}
