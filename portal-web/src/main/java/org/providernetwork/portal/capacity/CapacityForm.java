package org.providernetwork.portal.capacity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.capacity.Capacity;
import org.providernetwork.service.capacity.CapacityView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider's capacity on its home page: every offering in one table, each row saved in one step
 * against the version that was shown.
 */
@Named
@ViewScoped
public class CapacityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Capacity capacity;

    @Inject
    private CurrentUser currentUser;

    private List<Row> rows = new ArrayList<>();

    /** One editable row. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private CapacityView view;
        private Integer available;
        private Integer maximum;

        Row(CapacityView view) {
            reset(view);
        }

        void reset(CapacityView fresh) {
            this.view = fresh;
            this.available = fresh.available();
            this.maximum = fresh.maximum();
        }

        public CapacityView getView() {
            return view;
        }

        public Integer getAvailable() {
            return available;
        }

        public void setAvailable(Integer available) {
            this.available = available;
        }

        public Integer getMaximum() {
            return maximum;
        }

        public void setMaximum(Integer maximum) {
            this.maximum = maximum;
        }
    }

    @PostConstruct
    void load() {
        if (currentUser.isProvider()) {
            rows = new ArrayList<>(capacity.ofOrganisation(currentUser.getOrganisationId()).stream().map(Row::new).toList());
        }
    }

    public void save(Row row) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            CapacityView saved = capacity.declare(row.view.offeringId(), value(row.available), value(row.maximum),
                    row.view.version());
            row.reset(saved);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Saved: " + saved.offeringName() + " has " + saved.available() + " of " + saved.maximum() + " places free", null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    private static int value(Integer number) {
        return number == null ? -1 : number;
    }

    public List<Row> getRows() {
        return rows;
    }
}
