package org.providernetwork.portal.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.network.NetworkDirectory;
import org.providernetwork.service.network.OrganisationDetails;

import java.io.Serializable;

/** One organisation of the directory ({@code ?id=}); an unknown id shows "not found". */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkDirectory directory;

    private String id;
    private OrganisationDetails organisation;

    public void load() {
        long key;
        try {
            key = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException("organisation", id);
        }
        organisation = directory.find(key);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OrganisationDetails getOrganisation() {
        return organisation;
    }
}
