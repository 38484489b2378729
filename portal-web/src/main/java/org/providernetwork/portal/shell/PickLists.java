package org.providernetwork.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.network.CredentialKind;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.Languages;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.reference.ReferenceViews.NeedCodeView;
import org.providernetwork.service.reference.ReferenceViews.ServiceTypeView;

import java.util.List;

/** The reference lists forms and filters pick from (served from the reference-data snapshot). */
@Named
@ApplicationScoped
public class PickLists {

    /** A language code with its English name. */
    public record Language(String code, String name) {
    }

    @Inject
    private ReferenceData reference;

    public List<org.providernetwork.service.reference.ReferenceViews.RegionView> getRegions() {
        return reference.regions();
    }

    public List<ServiceTypeView> getServiceTypes() {
        return reference.serviceTypes();
    }

    public List<NeedCodeView> getNeedCodes() {
        return reference.needCodes();
    }

    public List<CountyView> getCounties() {
        return reference.counties(null);
    }

    public List<Language> getLanguages() {
        return Languages.COMMON.stream().map(c -> new Language(c, Languages.name(c))).toList();
    }

    public GendersServed[] getGenders() {
        return GendersServed.values();
    }

    public CredentialKind[] getCredentialKinds() {
        return CredentialKind.values();
    }

    public String languageName(String code) {
        return Languages.name(code);
    }
}
