package org.providernetwork.portal.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.referral.Intake;
import org.providernetwork.domain.referral.NeedDomain;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.referral.Urgency;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.referral.ReferralView;
import org.providernetwork.service.referral.Referrals;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Referral intake for state staff and leads: the children, where the family lives, the service, the
 * assessment (each domain rated 0-3), risk, urgency, preferences and the case manager. Errors are shown
 * next to their field; nothing is saved until everything is right, and then the referral is matched and
 * offered at once.
 */
@Named
@ViewScoped
public class IntakePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELD_INPUTS = Map.ofEntries(
            Map.entry("number", "intake:number"), Map.entry("serviceType", "intake:serviceType"),
            Map.entry("homeCounty", "intake:homeCounty"), Map.entry("schoolCounty", "intake:schoolCounty"),
            Map.entry("children", "intake:children"), Map.entry("ratings", "intake:ratings"),
            Map.entry("requiredPopulations", "intake:populations"), Map.entry("risk", "intake:risk"),
            Map.entry("urgency", "intake:urgency"), Map.entry("caseManager", "intake:caseManager"),
            Map.entry("caseManagerEmail", "intake:caseManagerEmail"), Map.entry("notes", "intake:notes"));

    @Inject
    private Referrals referrals;

    @Inject
    private ReferenceData reference;

    @Inject
    private CurrentUser currentUser;

    private String number;
    private String serviceType;
    private String homeCounty;
    private String schoolCounty;
    private final List<ChildRow> children = new ArrayList<>();
    private final Map<NeedDomain, Integer> ratings = new EnumMap<>(NeedDomain.class);
    private List<String> populations = new ArrayList<>();
    private RiskLevel risk = RiskLevel.MODERATE;
    private Urgency urgency = Urgency.URGENT;
    private boolean allowSplit;
    private boolean stayInHomeCounty = true;
    private boolean kinFirst;
    private String caseManager;
    private String caseManagerEmail;
    private String notes;

    /** One child row of the form. */
    public static class ChildRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private LocalDate birthDate;
        private ChildGender gender = ChildGender.FEMALE;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
        }

        public ChildGender getGender() {
            return gender;
        }

        public void setGender(ChildGender gender) {
            this.gender = gender;
        }
    }

    @PostConstruct
    void init() {
        children.add(new ChildRow());
        for (NeedDomain domain : NeedDomain.values()) {
            ratings.put(domain, 0);
        }
    }

    public void addChild() {
        children.add(new ChildRow());
    }

    public void removeChild(ChildRow row) {
        if (children.size() > 1) {
            children.remove(row);
        }
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Intake intake = new Intake(number, serviceType, homeCounty, schoolCounty,
                children.stream().map(c -> new Intake.Child(c.getName(), c.getBirthDate(), c.getGender())).toList(),
                ratings, Set.copyOf(populations), risk, urgency, allowSplit, stayInHomeCounty, kinFirst, caseManager,
                caseManagerEmail, notes);
        try {
            ReferralView created = referrals.create(intake, null).referral();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Referral " + created.number() + " taken in"
                    + (created.offers().isEmpty() ? "; no eligible service was found, so it is escalated" : " and offered"), null));
            return "/referrals/referral?faces-redirect=true&id=" + created.id();
        } catch (DomainException e) {
            String input = e.field() == null ? null : FIELD_INPUTS.get(e.field());
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
            return null;
        }
    }

    /** Counties a lead may take referrals from (its region's), or all for the state. */
    public List<CountyView> getCounties() {
        return reference.counties(currentUser.isLead() ? currentUser.getLeadRegionCode() : null);
    }

    public List<CountyView> getAllCounties() {
        return reference.counties(null);
    }

    /** The ratings of a need domain, as integers (the values the form's buttons carry). */
    public List<Integer> getRatingValues() {
        return List.of(0, 1, 2, 3);
    }

    public NeedDomain[] getDomains() {
        return NeedDomain.values();
    }

    public RiskLevel[] getRisks() {
        return RiskLevel.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public ChildGender[] getGenders() {
        return ChildGender.values();
    }

    public Set<String> actionable() {
        Set<String> result = new TreeSet<>();
        ratings.forEach((d, v) -> {
            if (v != null && v >= NeedDomain.ACTIONABLE) {
                result.add(d.getLabel());
            }
        });
        return result;
    }

    public List<ChildRow> getChildren() {
        return children;
    }

    public Map<NeedDomain, Integer> getRatings() {
        return ratings;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public String getHomeCounty() {
        return homeCounty;
    }

    public void setHomeCounty(String homeCounty) {
        this.homeCounty = homeCounty;
    }

    public String getSchoolCounty() {
        return schoolCounty;
    }

    public void setSchoolCounty(String schoolCounty) {
        this.schoolCounty = schoolCounty;
    }

    public List<String> getPopulations() {
        return populations;
    }

    public void setPopulations(List<String> populations) {
        this.populations = populations;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public boolean isAllowSplit() {
        return allowSplit;
    }

    public void setAllowSplit(boolean allowSplit) {
        this.allowSplit = allowSplit;
    }

    public boolean isStayInHomeCounty() {
        return stayInHomeCounty;
    }

    public void setStayInHomeCounty(boolean stayInHomeCounty) {
        this.stayInHomeCounty = stayInHomeCounty;
    }

    public boolean isKinFirst() {
        return kinFirst;
    }

    public void setKinFirst(boolean kinFirst) {
        this.kinFirst = kinFirst;
    }

    public String getCaseManager() {
        return caseManager;
    }

    public void setCaseManager(String caseManager) {
        this.caseManager = caseManager;
    }

    public String getCaseManagerEmail() {
        return caseManagerEmail;
    }

    public void setCaseManagerEmail(String caseManagerEmail) {
        this.caseManagerEmail = caseManagerEmail;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
