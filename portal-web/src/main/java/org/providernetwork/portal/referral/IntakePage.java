package org.providernetwork.portal.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.referral.Intake;
import org.providernetwork.domain.referral.NeedDomain;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.referral.Urgency;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.portal.shell.TypedDate;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.referral.ReferralView;
import org.providernetwork.service.referral.Referrals;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Referral intake for state staff and leads: the children, where the family lives, the service, the
 * assessment (each domain rated 0-3), risk, urgency, preferences and the case manager. Every problem is
 * shown at once next to its field, in the words of {@link Intake#problems(LocalDate)}; nothing typed is
 * lost by a refused submit (the form has no validation of its own that could stop the values reaching
 * this bean); nothing is saved until everything is right, and then the referral is matched and offered.
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
            Map.entry("caseManagerEmail", "intake:caseManagerEmail"), Map.entry("notes", "intake:notes"),
            Map.entry("maxLevelOfCare", "intake:maxLevelOfCare"));

    @Inject
    private Referrals referrals;

    @Inject
    private ReferenceData reference;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private String number;
    private String serviceType;
    private String homeCounty;
    private String schoolCounty;
    private final List<ChildRow> children = new ArrayList<>();
    private final Map<NeedDomain, Integer> ratings = new EnumMap<>(NeedDomain.class);
    private List<String> populations = new ArrayList<>();
    private RiskLevel risk;
    private Urgency urgency;
    private boolean allowSplit;
    private boolean stayInHomeCounty = true;
    private boolean kinFirst;
    private LevelOfCare maxLevelOfCare;
    private String caseManager;
    private String caseManagerEmail;
    private String notes;

    /** One child row of the form. */
    public static class ChildRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String birthDate;
        private ChildGender gender;
        private String statePersonId;

        public String getStatePersonId() {
            return statePersonId;
        }

        public void setStatePersonId(String statePersonId) {
            this.statePersonId = statePersonId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        /** The birth date as typed or picked; read by {@link TypedDate#parse(String)} on saving. */
        public String getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(String birthDate) {
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

    /**
     * The first step of "Take in and match": checks the form and, when nothing is wrong, lets the page ask
     * whether to take the referral in and offer it to its best match; nothing is stored yet.
     */
    public void check() {
        checked(FacesContext.getCurrentInstance());
    }

    /** Takes the referral in and offers it to its best match, once the person has confirmed. */
    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Intake intake = checked(faces);
        if (intake == null) {
            return null;
        }
        try {
            ReferralView created = referrals.create(intake, null).referral();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Referral " + created.number() + " taken in"
                    + (created.offers().isEmpty() ? "; no eligible service was found, so it is escalated" : " and offered"), null));
            return "/referrals/referral?faces-redirect=true&id=" + created.id();
        } catch (DomainException e) {
            String field = e.field() == null || !FIELD_INPUTS.containsKey(e.field()) ? null : e.field();
            String message = e.getMessage().isEmpty() ? e.getMessage()
                    : e.getMessage().substring(0, 1).toUpperCase(Locale.ROOT) + e.getMessage().substring(1);
            refuse(faces, List.of(new Intake.Problem(field, message)));
            return null;
        }
    }

    /** The intake as typed, or null after showing every problem next to its field. */
    private Intake checked(FacesContext faces) {
        List<Intake.Child> typedChildren = new ArrayList<>();
        List<Intake.Problem> problems = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            ChildRow row = children.get(i);
            LocalDate born = TypedDate.parse(row.getBirthDate()).orElse(null);
            if (born == null && row.getBirthDate() != null) {
                problems.add(new Intake.Problem("children[" + i + "].birthDate",
                        "Birth date: type a date such as " + TypedDate.EXAMPLE + " (month/day/year) or 2012-03-14"));
            } else if (born != null) {
                row.setBirthDate(TypedDate.format(born));
            }
            typedChildren.add(new Intake.Child(row.getName(), born, row.getGender(), row.getStatePersonId()));
        }
        Intake intake = new Intake(number, serviceType, homeCounty, schoolCounty, typedChildren,
                ratings, Set.copyOf(populations), risk, urgency, allowSplit, stayInHomeCounty, kinFirst, caseManager,
                caseManagerEmail, notes, maxLevelOfCare);
        for (Intake.Problem problem : intake.problems(LocalDate.now(clock))) {
            if (problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            refuse(faces, problems);
            return null;
        }
        return intake;
    }

    /** Shows every problem next to its field, and one line at the top saying how many there are. */
    private void refuse(FacesContext faces, List<Intake.Problem> problems) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problems.size() == 1
                ? "The referral was not taken in: one thing to fix, marked below."
                : "The referral was not taken in: " + problems.size() + " things to fix, marked below.", null));
        for (Intake.Problem problem : problems) {
            String input = inputOf(problem.field());
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null);
            faces.addMessage(input, message);
        }
        faces.validationFailed();
    }

    /** The client id of the input a problem's field names ({@code children[1].birthDate} -> {@code intake:children:1:birthDate}). */
    static String inputOf(String field) {
        if (field == null) {
            return null;
        }
        java.util.regex.Matcher child = java.util.regex.Pattern.compile("children\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (child.matches()) {
            String input = switch (child.group(2)) {
                case "name" -> "childName";
                case "birthDate" -> "birthDate";
                case "statePersonId" -> "statePersonId";
                default -> "gender";
            };
            return "intake:children:" + child.group(1) + ":" + input;
        }
        if (field.startsWith("ratings.")) {
            try {
                return "intake:domains:" + NeedDomain.valueOf(field.substring("ratings.".length())).ordinal() + ":rating";
            } catch (IllegalArgumentException e) {
                return "intake:ratings";
            }
        }
        return FIELD_INPUTS.get(field);
    }

    /**
     * Whether the form's required fields are marked (an asterisk, {@code aria-required}): always while
     * the page is drawn, never while the submitted values are checked, so that every problem is found
     * by one rule set ({@link Intake#problems(LocalDate)}) and shown at once.
     */
    public boolean isRequiredMarked() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getCurrentPhaseId() != PhaseId.PROCESS_VALIDATIONS;
    }

    /** The years the birth-date picker offers: the oldest child served up to this year. */
    public String getBirthYears() {
        int year = LocalDate.now(clock).getYear();
        return (year - org.providernetwork.domain.referral.ReferralChild.OLDEST - 1) + ":" + year;
    }

    public String getToday() {
        return TypedDate.format(LocalDate.now(clock));
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

    /** A value of a choice as a person reads it: MODERATE -> Moderate. */
    public String word(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String name = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The levels of care, least restrictive first. */
    public LevelOfCare[] getLevelsOfCare() {
        return LevelOfCare.values();
    }

    public LevelOfCare getMaxLevelOfCare() {
        return maxLevelOfCare;
    }

    public void setMaxLevelOfCare(LevelOfCare maxLevelOfCare) {
        this.maxLevelOfCare = maxLevelOfCare;
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
