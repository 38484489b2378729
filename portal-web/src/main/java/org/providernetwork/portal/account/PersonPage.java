package org.providernetwork.portal.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.account.People;
import org.providernetwork.service.account.PersonView;

import java.io.Serializable;

/** One account ({@code ?id=}); one the organisation may not see is "not found". */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private People people;

    private String id;
    private PersonView person;

    public void load() {
        try {
            person = people.find(Long.parseLong(id == null ? "" : id.trim()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("account", id);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonView getPerson() {
        return person;
    }
}
