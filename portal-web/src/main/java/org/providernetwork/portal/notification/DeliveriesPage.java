package org.providernetwork.portal.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.service.notification.Deliveries;
import org.providernetwork.service.notification.FailedDelivery;

import java.io.Serializable;
import java.util.List;

/** The state's staff's list of failed notification deliveries (and those being retried), with a retry action. */
@Named
@ViewScoped
public class DeliveriesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    private Deliveries deliveries;

    private List<FailedDelivery> failed;
    private List<FailedDelivery> retrying;

    @PostConstruct
    void load() {
        failed = deliveries.list("FAILED", SHOWN);
        retrying = deliveries.list("PENDING", SHOWN);
    }

    public void retry(String id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            deliveries.retry(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Queued again; it is sent within seconds.", null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        load();
    }

    public List<FailedDelivery> getFailed() {
        return failed;
    }

    public List<FailedDelivery> getRetrying() {
        return retrying;
    }
}
