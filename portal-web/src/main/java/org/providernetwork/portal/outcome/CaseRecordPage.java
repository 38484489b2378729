package org.providernetwork.portal.outcome;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.referral.NeedDomain;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.outcome.CaseRecord;
import org.providernetwork.service.outcome.CaseReports;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The outcome record of one referral ({@code ?id=}): each child's episodes and placements (moves marked, derived
 * from the placements), school changes and incidents, reassessments beside the intake, and service units with
 * their cost. The serving provider and state staff report from the forms below it; errors stand next to the
 * field they concern and nothing is written until a report is whole.
 */
@Named
@ViewScoped
public class CaseRecordPage implements Serializable {

    @Inject
    private java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    /** Domain field names to the inputs of each form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("move:startDate", "forms:move:moveStart"), Map.entry("move:setting", "forms:move:moveSetting"),
            Map.entry("move:countyFips", "forms:move:moveCounty"), Map.entry("move:child", "forms:move:moveChild"),
            Map.entry("discharge:dischargeDate", "forms:discharge:dischargeDate"), Map.entry("discharge:reason", "forms:discharge:dischargeReason"),
            Map.entry("discharge:child", "forms:discharge:dischargeChild"),
            Map.entry("school:changedOn", "forms:school:schoolDate"), Map.entry("school:note", "forms:school:schoolNote"),
            Map.entry("school:child", "forms:school:schoolChild"),
            Map.entry("incident:reportDate", "forms:incident:incidentDate"), Map.entry("incident:substantiated", "forms:incident:incidentSubstantiated"),
            Map.entry("incident:child", "forms:incident:incidentChild"),
            Map.entry("reassess:assessedOn", "forms:reassess:assessedOn"), Map.entry("reassess:ratings", "forms:reassess:ratings"),
            Map.entry("units:deliveredOn", "forms:units:unitsDate"), Map.entry("units:units", "forms:units:unitsCount"),
            Map.entry("units:contractLineId", "forms:units:unitsLine"), Map.entry("units:note", "forms:units:unitsNote"));

    @Inject
    private CaseReports reports;

    @Inject
    private CurrentUser currentUser;

    private String id;
    private CaseRecord record;

    private Integer moveChild;
    private LocalDate moveStart;
    private Setting moveSetting;
    private String moveCounty;
    private Integer dischargeChild;
    private LocalDate dischargeDate;
    private DischargeReason dischargeReason;
    private String dischargeNote;
    private Integer schoolChild;
    private LocalDate schoolDate;
    private String schoolNote;
    private Integer incidentChild;
    private LocalDate incidentDate;
    private Boolean incidentSubstantiated;
    private LocalDate assessedOn;
    private final Map<NeedDomain, Integer> ratings = new EnumMap<>(NeedDomain.class);
    private Long unitsLine;
    private LocalDate unitsDate;
    private BigDecimal unitsCount;
    private String unitsNote;

    public void load() {
        try {
            record = reports.record(Long.parseLong(id == null ? "" : id.trim()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("referral", id);
        }
        LocalDate today = LocalDate.now(clock);
        moveStart = today;
        dischargeDate = today;
        schoolDate = today;
        incidentDate = today;
        assessedOn = today;
        unitsDate = today;
        for (NeedDomain domain : NeedDomain.values()) {
            ratings.put(domain, null);
        }
    }

    public void move() {
        if (act("move", () -> reports.move(record.referralId(), new CaseReports.PlacementChange(moveChild, moveStart, moveSetting,
                moveCounty, null)), "Move recorded; the earlier placement ended that day")) {
            moveSetting = null;
        }
    }

    public void discharge() {
        act("discharge", () -> reports.discharge(record.referralId(), new CaseReports.Discharge(dischargeChild, dischargeDate,
                dischargeReason, dischargeNote)), "Discharge recorded; the episode and its placement are closed");
    }

    public void schoolChange() {
        if (act("school", () -> reports.schoolChange(record.referralId(), new CaseReports.SchoolChange(schoolChild, schoolDate,
                schoolNote)), "School change recorded")) {
            schoolNote = null;
        }
    }

    public void incident() {
        act("incident", () -> reports.incident(record.referralId(), new CaseReports.Incident(incidentChild, incidentDate,
                incidentSubstantiated)), "Incident recorded");
    }

    public void reassess() {
        Map<String, Integer> given = new LinkedHashMap<>();
        ratings.forEach((d, v) -> {
            if (v != null) {
                given.put(d.name(), v);
            }
        });
        if (act("reassess", () -> reports.reassess(record.referralId(), new CaseReports.ReassessmentReport(assessedOn, given)),
                "Reassessment recorded")) {
            ratings.replaceAll((d, v) -> null);
        }
    }

    public void units() {
        if (act("units", () -> reports.units(record.referralId(), new CaseReports.UnitsReport(unitsLine, unitsDate, unitsCount,
                unitsNote)), "Units recorded")) {
            unitsCount = null;
            unitsNote = null;
        }
    }

    private boolean act(String form, Supplier<CaseRecord> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            record = action.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return true;
        } catch (DomainException e) {
            String input = e.field() == null ? null : FIELDS.get(form + ":" + e.field());
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            if (input != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Nothing was recorded; see the form.", null));
            }
            faces.validationFailed();
            return false;
        }
    }

    /** State staff and the serving provider report; the region's lead and auditors read. */
    public boolean isReporter() {
        return record != null && (currentUser.isStateStaff() || currentUser.isProvider());
    }

    /** Moves and discharges: while the service goes on, and only for a placement (an in-home service has no episode). */
    public boolean isGoingOn() {
        return record != null && record.status().equals("IN_PROGRESS")
                && record.children().stream().anyMatch(c -> !c.episodes().isEmpty());
    }

    public boolean isStarted() {
        return record != null && record.children().stream().anyMatch(CaseRecord.ChildCase::recorded);
    }

    public boolean isSeveralChildren() {
        return record != null && record.children().size() > 1;
    }

    public Setting[] getSettings() {
        return Setting.values();
    }

    public DischargeReason[] getDischargeReasons() {
        return DischargeReason.values();
    }

    public NeedDomain[] getDomains() {
        return NeedDomain.values();
    }

    public String label(Object value) {
        return value instanceof Enum<?> constant ? org.providernetwork.portal.shell.Labels.word(constant)
                : value == null ? "" : org.providernetwork.portal.shell.Labels.humanised(value.toString());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CaseRecord getRecord() {
        return record;
    }

    public Map<NeedDomain, Integer> getRatings() {
        return ratings;
    }

    public Integer getMoveChild() {
        return moveChild;
    }

    public void setMoveChild(Integer moveChild) {
        this.moveChild = moveChild;
    }

    public LocalDate getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(LocalDate moveStart) {
        this.moveStart = moveStart;
    }

    public Setting getMoveSetting() {
        return moveSetting;
    }

    public void setMoveSetting(Setting moveSetting) {
        this.moveSetting = moveSetting;
    }

    public String getMoveCounty() {
        return moveCounty;
    }

    public void setMoveCounty(String moveCounty) {
        this.moveCounty = moveCounty;
    }

    public Integer getDischargeChild() {
        return dischargeChild;
    }

    public void setDischargeChild(Integer dischargeChild) {
        this.dischargeChild = dischargeChild;
    }

    public LocalDate getDischargeDate() {
        return dischargeDate;
    }

    public void setDischargeDate(LocalDate dischargeDate) {
        this.dischargeDate = dischargeDate;
    }

    public DischargeReason getDischargeReason() {
        return dischargeReason;
    }

    public void setDischargeReason(DischargeReason dischargeReason) {
        this.dischargeReason = dischargeReason;
    }

    public String getDischargeNote() {
        return dischargeNote;
    }

    public void setDischargeNote(String dischargeNote) {
        this.dischargeNote = dischargeNote;
    }

    public Integer getSchoolChild() {
        return schoolChild;
    }

    public void setSchoolChild(Integer schoolChild) {
        this.schoolChild = schoolChild;
    }

    public LocalDate getSchoolDate() {
        return schoolDate;
    }

    public void setSchoolDate(LocalDate schoolDate) {
        this.schoolDate = schoolDate;
    }

    public String getSchoolNote() {
        return schoolNote;
    }

    public void setSchoolNote(String schoolNote) {
        this.schoolNote = schoolNote;
    }

    public Integer getIncidentChild() {
        return incidentChild;
    }

    public void setIncidentChild(Integer incidentChild) {
        this.incidentChild = incidentChild;
    }

    public LocalDate getIncidentDate() {
        return incidentDate;
    }

    public void setIncidentDate(LocalDate incidentDate) {
        this.incidentDate = incidentDate;
    }

    public Boolean getIncidentSubstantiated() {
        return incidentSubstantiated;
    }

    public void setIncidentSubstantiated(Boolean incidentSubstantiated) {
        this.incidentSubstantiated = incidentSubstantiated;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Long getUnitsLine() {
        return unitsLine;
    }

    public void setUnitsLine(Long unitsLine) {
        this.unitsLine = unitsLine;
    }

    public LocalDate getUnitsDate() {
        return unitsDate;
    }

    public void setUnitsDate(LocalDate unitsDate) {
        this.unitsDate = unitsDate;
    }

    public BigDecimal getUnitsCount() {
        return unitsCount;
    }

    public void setUnitsCount(BigDecimal unitsCount) {
        this.unitsCount = unitsCount;
    }

    public String getUnitsNote() {
        return unitsNote;
    }

    public void setUnitsNote(String unitsNote) {
        this.unitsNote = unitsNote;
    }
}
