package org.providernetwork.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.portal.shell.PagedModel;
import org.providernetwork.service.account.People;
import org.providernetwork.service.account.PersonView;

import java.io.Serializable;

/** The people the signed-in organisation may see, paged in the database. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private People people;

    private String name;
    private PagedModel<PersonView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> people.search(null, name, page), PersonView::id);
    }

    public PagedModel<PersonView> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
