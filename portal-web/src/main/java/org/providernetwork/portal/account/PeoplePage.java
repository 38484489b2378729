package org.providernetwork.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.account.People;
import org.providernetwork.service.account.PersonView;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The people the signed-in organisation may see, paged in the database. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private People people;

    private String name;
    private LazyDataModel<PersonView> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) people.search(null, name, PageRequest.of(0, 1)).total();
            }

            @Override
            public List<PersonView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
                Page<PersonView> page = people.search(null, name, PageRequest.of(first / size, size));
                return page.items();
            }

            @Override
            public String getRowKey(PersonView row) {
                return Long.toString(row.id());
            }

            @Override
            public PersonView getRowData(String rowKey) {
                return null;
            }
        };
    }

    public LazyDataModel<PersonView> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
