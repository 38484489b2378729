package org.providernetwork.portal.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.notification.DeliveryMode;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.service.notification.NotificationPreferences;
import org.providernetwork.service.notification.PreferenceView;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in user's own e-mail notifications: for each event, at once, in the daily digest or not at all.
 * The service decides whose preferences these are (always the caller's here) and what may be chosen.
 */
@Named
@ViewScoped
public class PreferencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationPreferences preferences;

    private List<PreferenceView> rows;
    /** The mode chosen on the page for each event type's code. */
    private final Map<String, String> modes = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        rows = preferences.of(null);
        modes.clear();
        rows.forEach(p -> modes.put(p.eventType().name(), p.mode().name()));
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            preferences.set(null, Map.copyOf(modes));
            load();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your notification settings are saved.", null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public List<PreferenceView> getRows() {
        return rows;
    }

    public Map<String, String> getModes() {
        return modes;
    }

    public DeliveryMode[] getChoices() {
        return DeliveryMode.values();
    }
}
