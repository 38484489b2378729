package org.providernetwork.portal.contract;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ContractStatus;
import org.providernetwork.domain.contract.ServiceUnit;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.contract.ContractRegistry;
import org.providernetwork.service.contract.ContractView;
import org.providernetwork.service.contract.NewContract;
import org.providernetwork.service.network.OrganisationSummary;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.reference.ReferenceViews.ServiceTypeView;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Drafting a contract with one service line: state staff draft prime and direct contracts, a regional
 * lead drafts subcontracts under its active prime contract. A refused draft keeps what was typed and
 * says, next to the field, which rule it broke; nothing is saved.
 */
@Named
@ViewScoped
public class NewContractPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most active prime contracts the form offers a lead (a lead has one per period). */
    private static final int PRIME_CHOICES = 50;

    private static final Map<String, String> FIELD_INPUTS = Map.of(
            "number", "form:number", "kind", "form:kind", "supplierId", "form:supplier",
            "prime", "form:prime", "primeId", "form:prime", "period", "form:end", "budgetCeiling", "form:budget",
            "lines", "form:counties");

    @Inject
    private ContractRegistry registry;

    @Inject
    private ReferenceData reference;

    @Inject
    private CurrentUser currentUser;

    private ContractKind kind;
    private String number;
    private Long supplierId;
    private Long primeId;
    private LocalDate start;
    private LocalDate end;
    private String fundingSource;
    private BigDecimal budget;
    private String serviceType;
    private ServiceUnit unit = ServiceUnit.DAY;
    private BigDecimal unitRate;
    private Integer fundedCapacity;
    private List<String> counties = new ArrayList<>();

    /* what the form offers, loaded once per view (and the suppliers again when the kind changes) */
    private List<ContractKind> kinds;
    private List<OrganisationSummary> suppliers;
    private List<ContractView> primes;
    private List<ServiceTypeView> serviceTypes;
    private List<CountyView> countyChoices;

    @PostConstruct
    void init() {
        kinds = registry.draftableKinds();
        kind = kinds.isEmpty() ? null : kinds.get(0);
        suppliers = kind == null ? List.of() : registry.supplierChoices(kind);
        primes = kinds.contains(ContractKind.SUBCONTRACT)
                ? registry.search(ContractKind.PRIME, ContractStatus.ACTIVE, PageRequest.of(0, PRIME_CHOICES)).items()
                : List.of();
        serviceTypes = reference.serviceTypes();
        countyChoices = reference.counties(currentUser.isLead() ? currentUser.getLeadRegionCode() : null);
    }

    /** A new kind offers the suppliers of that kind; a supplier chosen for the old kind is dropped. */
    public void kindChanged() {
        suppliers = kind == null ? List.of() : registry.supplierChoices(kind);
        if (supplierId != null && suppliers.stream().noneMatch(o -> o.id() == supplierId)) {
            supplierId = null;
        }
    }

    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long id = registry.draft(new NewContract(number, kind, supplierId, kind == ContractKind.SUBCONTRACT ? primeId : null,
                    start, end, fundingSource, budget == null ? BigDecimal.ZERO : budget,
                    List.of(new NewContract.Line(serviceType, unit, unitRate, fundedCapacity, new LinkedHashSet<>(counties)))));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Drafted contract " + number.trim(), null));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/contracts/contract.xhtml?id=" + id);
        } catch (DomainException e) {
            faces.addMessage(e.field() == null ? null : FIELD_INPUTS.get(e.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    /** The kinds the caller's organisation drafts (the rule is the contract service's). */
    public List<ContractKind> getKinds() {
        return kinds;
    }

    /** Who can be the supplier of the chosen kind of contract, for the caller (the rule is the contract service's). */
    public List<OrganisationSummary> getSuppliers() {
        return suppliers;
    }

    /** The lead's active prime contracts. */
    public List<ContractView> getPrimes() {
        return primes;
    }

    public List<ServiceTypeView> getServiceTypes() {
        return serviceTypes;
    }

    public ServiceUnit[] getUnits() {
        return ServiceUnit.values();
    }

    public List<CountyView> getCountyChoices() {
        return countyChoices;
    }

    public ContractKind getKind() {
        return kind;
    }

    public void setKind(ContractKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public Long getPrimeId() {
        return primeId;
    }

    public void setPrimeId(Long primeId) {
        this.primeId = primeId;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public ServiceUnit getUnit() {
        return unit;
    }

    public void setUnit(ServiceUnit unit) {
        this.unit = unit;
    }

    public BigDecimal getUnitRate() {
        return unitRate;
    }

    public void setUnitRate(BigDecimal unitRate) {
        this.unitRate = unitRate;
    }

    public Integer getFundedCapacity() {
        return fundedCapacity;
    }

    public void setFundedCapacity(Integer fundedCapacity) {
        this.fundedCapacity = fundedCapacity;
    }

    public List<String> getCounties() {
        return counties;
    }

    public void setCounties(List<String> counties) {
        this.counties = counties == null ? new ArrayList<>() : counties;
    }
}
