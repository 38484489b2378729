package org.providernetwork.portal.contract;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.contract.ContractStatus;
import org.providernetwork.domain.contract.TargetDirection;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.contract.ContractRegistry;
import org.providernetwork.service.contract.ContractView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * One contract ({@code ?id=}). Its purchaser activates a draft, amends period and budget, sets performance
 * targets and terminates it here, each against the version the page was opened with: when someone else
 * saved in between, the change is refused with a clear message and what was typed stays on the page.
 * Out of scope is "not found".
 */
@Named
@ViewScoped
public class ContractPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractRegistry registry;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private org.providernetwork.service.outcome.Reports reports;

    private List<org.providernetwork.service.outcome.IndicatorReport.Value> scorecard;
    private String scorecardPeriod;
    private org.providernetwork.service.contract.ContractUsage usage;

    private String id;
    private ContractView contract;

    private String amendmentDescription;
    private LocalDate amendedStart;
    private LocalDate amendedEnd;
    private BigDecimal amendedBudget;
    private String terminationReason;
    private Indicator targetIndicator;
    private BigDecimal targetValue;
    private TargetDirection targetDirection;
    private boolean stale;

    public void load() {
        try {
            contract = registry.find(Long.parseLong(id == null ? "" : id.trim()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("contract", id);
        }
        amendedStart = contract.start();
        amendedEnd = contract.end();
        amendedBudget = contract.budgetCeiling();
    }

    public void activate() {
        change(() -> registry.activate(contract.id(), contract.version()), "Contract " + contract.number() + " is active");
    }

    public void amend() {
        if (change(() -> registry.amend(contract.id(), amendmentDescription, amendedStart, amendedEnd, amendedBudget,
                contract.version()), "Amendment recorded")) {
            amendmentDescription = null;
        }
    }

    public void terminate() {
        if (change(() -> registry.terminate(contract.id(), terminationReason, contract.version()),
                "Contract " + contract.number() + " is terminated")) {
            terminationReason = null;
        }
    }

    public void saveTarget() {
        if (targetIndicator == null) {
            error("Choose the indicator of the target");
            return;
        }
        if (change(() -> registry.setTarget(contract.id(), targetIndicator, targetValue, targetDirection, contract.version()),
                "Target on " + targetIndicator.getLabel() + " saved")) {
            targetIndicator = null;
            targetValue = null;
            targetDirection = null;
        }
    }

    public void removeTarget(String indicator) {
        Indicator which = Indicator.of(indicator);
        change(() -> registry.removeTarget(contract.id(), which, contract.version()), "Target on " + which.getLabel() + " removed");
    }

    /** Reads the contract again (after someone else saved), keeping what the user typed in the forms. */
    public void reload() {
        contract = registry.find(contract.id());
        stale = false;
        info("Reloaded: version " + contract.version() + " is on the page; your entries are kept, save again if they still apply");
    }

    private boolean change(Supplier<ContractView> action, String done) {
        try {
            contract = action.get();
            stale = false;
            info(done);
            return true;
        } catch (StaleVersionException e) {
            stale = true;
            error("Someone else saved contract " + contract.number() + " after you opened it, so your change was not"
                    + " applied. What you typed is still here: reload to see their change, then save again.");
        } catch (DomainException e) {
            error(e.getMessage());
        }
        return false;
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private boolean purchaser() {
        return contract != null && contract.purchaserId() == currentUser.getOrganisationId()
                && (currentUser.isStateStaff() || currentUser.isLead());
    }

    public boolean isActivatable() {
        return purchaser() && contract.status() == ContractStatus.DRAFT;
    }

    /** Whether the caller may change the terms (the purchaser, while draft or active). */
    public boolean isChangeable() {
        return purchaser() && (contract.status() == ContractStatus.DRAFT || contract.status() == ContractStatus.ACTIVE);
    }

    public boolean isTerminable() {
        return purchaser() && contract.status() == ContractStatus.ACTIVE;
    }

    /**
     * The contract's scorecard: each targeted indicator's value over the reports' default period (the latest complete
     * federal fiscal year) for the placements made under this contract, beside its target (computed when first asked
     * for).
     */
    public List<org.providernetwork.service.outcome.IndicatorReport.Value> getScorecard() {
        if (scorecard == null && contract != null) {
            try {
                org.providernetwork.service.outcome.IndicatorReport report = reports.indicators(
                        new org.providernetwork.service.outcome.Reports.Query(null, null, null, null, null, contract.id()));
                scorecardPeriod = report.periodLabel();
                scorecard = report.indicators().stream().filter(v -> v.target() != null).toList();
            } catch (DomainException e) {
                scorecard = List.of();
            }
        }
        return scorecard;
    }

    /** The period the scorecard covers, in words with its dates. */
    public String getScorecardPeriod() {
        getScorecard();
        return scorecardPeriod;
    }

    /** Places in use, units and spend per line, and spend against the ceiling (computed when first asked for). */
    public org.providernetwork.service.contract.ContractUsage getUsage() {
        if (usage == null && contract != null) {
            usage = registry.usage(contract.id());
        }
        return usage;
    }

    public List<Indicator> getIndicators() {
        // only what the scorecard can evaluate can be set
        return java.util.Arrays.stream(Indicator.values())
                .filter(org.providernetwork.domain.outcome.IndicatorDefinition::evaluates).toList();
    }

    public TargetDirection[] getDirections() {
        return TargetDirection.values();
    }

    public boolean isStale() {
        return stale;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ContractView getContract() {
        return contract;
    }

    public String getAmendmentDescription() {
        return amendmentDescription;
    }

    public void setAmendmentDescription(String amendmentDescription) {
        this.amendmentDescription = amendmentDescription;
    }

    public LocalDate getAmendedStart() {
        return amendedStart;
    }

    public void setAmendedStart(LocalDate amendedStart) {
        this.amendedStart = amendedStart;
    }

    public LocalDate getAmendedEnd() {
        return amendedEnd;
    }

    public void setAmendedEnd(LocalDate amendedEnd) {
        this.amendedEnd = amendedEnd;
    }

    public BigDecimal getAmendedBudget() {
        return amendedBudget;
    }

    public void setAmendedBudget(BigDecimal amendedBudget) {
        this.amendedBudget = amendedBudget;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public void setTerminationReason(String terminationReason) {
        this.terminationReason = terminationReason;
    }

    public Indicator getTargetIndicator() {
        return targetIndicator;
    }

    public void setTargetIndicator(Indicator targetIndicator) {
        this.targetIndicator = targetIndicator;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public TargetDirection getTargetDirection() {
        return targetDirection;
    }

    public void setTargetDirection(TargetDirection targetDirection) {
        this.targetDirection = targetDirection;
    }
}
