package org.providernetwork.portal.outcome;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.providernetwork.domain.outcome.ReportingPeriod;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.outcome.IndicatorReport;
import org.providernetwork.service.outcome.Reports;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.RegionView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome dashboard: every indicator for a period and a cut (the state chooses a region; a lead sees its
 * network, a provider its own placements), with each region's figure charted and the children behind a figure
 * one click away.
 */
@Named
@ViewScoped
public class IndicatorsPage implements Serializable {

    @Inject
    private java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private Reports reports;

    @Inject
    private ReferenceData reference;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private org.providernetwork.service.network.NetworkDirectory directory;

    private List<org.providernetwork.service.network.OrganisationSummary> providers;

    /** What kind of period is chosen: a federal fiscal year, a calendar year or custom dates. */
    public enum PeriodChoice {
        FEDERAL_FISCAL_YEAR("Federal fiscal year (October to September)"),
        CALENDAR_YEAR("Calendar year"),
        CUSTOM("Custom dates");

        private final String label;

        PeriodChoice(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    private PeriodChoice periodChoice = PeriodChoice.FEDERAL_FISCAL_YEAR;
    private int fiscalYear;
    private int calendarYear;
    private LocalDate from;
    private LocalDate to;
    private String region;
    private Long provider;
    private Long contract;
    private String county;
    private Long lead;
    private List<org.providernetwork.service.network.OrganisationSummary> leads;
    private String chartIndicator = "permanency-12m-entries";
    private IndicatorReport report;
    private IndicatorReport.DrillDown drillDown;
    private String chart;
    private String trend;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod period = ReportingPeriod.reportingDefault(today);
        fiscalYear = ReportingPeriod.federalFiscalYearOf(period.to());
        calendarYear = today.getYear() - 1;
        from = period.from();
        to = period.to();
        load();
    }

    /**
     * Shows the chosen period: a federal fiscal or calendar year by its code, custom dates as they are. The dates of
     * the period shown are kept, so that the charts and the drill-down follow it.
     */
    public void load() {
        chart = null;
        trend = null;
        try {
            String code = switch (periodChoice) {
                case FEDERAL_FISCAL_YEAR -> ReportingPeriod.federalFiscalYear(fiscalYear).code();
                case CALENDAR_YEAR -> ReportingPeriod.calendarYear(calendarYear).code();
                case CUSTOM -> null;
            };
            report = reports.indicators(code == null ? query(from, to)
                    : new Reports.Query(code, null, null, region, county, provider, contract, lead));
            from = report.from();
            to = report.to();
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public PeriodChoice[] getPeriodChoices() {
        return PeriodChoice.values();
    }

    /**
     * The years offered, newest first: the current federal fiscal (or calendar) year, which is not over yet, and the
     * {@link ReportingPeriod#YEARS_OFFERED} before it.
     */
    public List<ReportingPeriod> getFiscalYears() {
        return years(ReportingPeriod.federalFiscalYearOf(LocalDate.now(clock)), ReportingPeriod::federalFiscalYear);
    }

    public List<ReportingPeriod> getCalendarYears() {
        return years(LocalDate.now(clock).getYear(), ReportingPeriod::calendarYear);
    }

    private static List<ReportingPeriod> years(int current, java.util.function.IntFunction<ReportingPeriod> year) {
        List<ReportingPeriod> years = new java.util.ArrayList<>();
        for (int y = current; y >= current - ReportingPeriod.YEARS_OFFERED && y >= ReportingPeriod.FIRST_YEAR; y--) {
            years.add(year.apply(y));
        }
        return years;
    }

    public PeriodChoice getPeriodChoice() {
        return periodChoice;
    }

    public void setPeriodChoice(PeriodChoice periodChoice) {
        this.periodChoice = periodChoice == null ? PeriodChoice.FEDERAL_FISCAL_YEAR : periodChoice;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public int getCalendarYear() {
        return calendarYear;
    }

    public void setCalendarYear(int calendarYear) {
        this.calendarYear = calendarYear;
    }

    public void drill(String id) {
        drillDown = reports.drillDown(id, query(from, to));
    }

    /** One bar per region for the chosen indicator (state roles only; others see their own figure). */
    public String getChart() {
        if (chart == null) {
            JsonArrayBuilder labels = Json.createArrayBuilder();
            JsonArrayBuilder data = Json.createArrayBuilder();
            String label = chartIndicator;
            for (RegionView r : reference.regions()) {
                IndicatorReport.Value v = reports.value(chartIndicator, new Reports.Query(from, to, r.code(), county, provider, contract, lead));
                labels.add(r.code());
                data.add(v.value() == null ? 0 : v.value());
                label = v.label() + " (" + v.unit() + ")";
            }
            chart = Json.createObjectBuilder().add("type", "bar")
                    .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", "#457b9d"))))
                    .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                            .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                    .build().toString();
        }
        return chart;
    }

    private Reports.Query query(LocalDate start, LocalDate end) {
        return new Reports.Query(start, end, region, county, provider, contract, lead);
    }

    /**
     * The chosen indicator quarter by quarter over the last two years (each point: the 12 months ending
     * with that quarter), for the same cut: is it getting better?
     */
    public String getTrend() {
        if (trend == null) {
            JsonArrayBuilder labels = Json.createArrayBuilder();
            JsonArrayBuilder data = Json.createArrayBuilder();
            String label = chartIndicator;
            LocalDate quarterEnd = to.withDayOfMonth(1).minusMonths((to.getMonthValue() - 1) % 3).plusMonths(3).minusDays(1);
            try {
                for (int q = 7; q >= 0; q--) {
                    LocalDate end = quarterEnd.minusMonths(3L * q);
                    end = end.withDayOfMonth(end.lengthOfMonth());
                    if (end.isAfter(to)) {
                        end = to;
                    }
                    IndicatorReport.Value v = reports.value(chartIndicator, query(org.providernetwork.domain.shared.Period.twelveMonthsEnding(end).start(), end));
                    labels.add(end.getYear() + " Q" + ((end.getMonthValue() - 1) / 3 + 1));
                    if (v.value() == null) {
                        data.addNull();
                    } else {
                        data.add(v.value());
                    }
                    label = v.label() + " (" + v.unit() + "), 12 months to each quarter's end";
                }
            } catch (DomainException e) {
                return "{}";
            }
            trend = Json.createObjectBuilder().add("type", "line")
                    .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", "#1d3557")
                                    .add("fill", false).add("tension", 0.2))))
                    .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                    .build().toString();
        }
        return trend;
    }

    /**
     * The providers a scorecard can be asked for, by name: every local and statewide provider for state roles, the
     * local providers of its region for a lead (its network); a provider sees only its own and chooses none.
     */
    public List<org.providernetwork.service.network.OrganisationSummary> getProviders() {
        if (providers == null) {
            providers = new java.util.ArrayList<>();
            if (!currentUser.isProvider()) {
                providers.addAll(organisations(org.providernetwork.domain.network.OrganisationType.LOCAL_PROVIDER,
                        currentUser.isLead() ? currentUser.getLeadRegionCode() : null));
                if (!currentUser.isLead()) {
                    providers.addAll(organisations(org.providernetwork.domain.network.OrganisationType.STATEWIDE_PROVIDER, null));
                }
                providers.sort(java.util.Comparator.comparing(org.providernetwork.service.network.OrganisationSummary::name));
            }
        }
        return providers;
    }

    /** The lead contractors, for state roles to see one network (its providers' placements). */
    public List<org.providernetwork.service.network.OrganisationSummary> getLeads() {
        if (leads == null) {
            leads = currentUser.isStateView()
                    ? organisations(org.providernetwork.domain.network.OrganisationType.LEAD_CONTRACTOR, null) : List.of();
        }
        return leads;
    }

    private List<org.providernetwork.service.network.OrganisationSummary> organisations(
            org.providernetwork.domain.network.OrganisationType type, String region) {
        return directory.list(new org.providernetwork.service.network.OrganisationFilter(null, type, region, null),
                org.providernetwork.domain.shared.PageRequest.of(0, org.providernetwork.domain.shared.PageRequest.MAX_SIZE));
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county == null || county.isBlank() ? null : county;
    }

    public Long getLead() {
        return lead;
    }

    public void setLead(Long lead) {
        this.lead = lead;
    }

    /** Whether the table shows the whole state (nothing to compare with but itself). */
    public boolean isStatewide() {
        return report == null || (report.region() == null && report.county() == null && report.provider() == null
                && report.lead() == null && report.contract() == null);
    }

    public Long getProvider() {
        return provider;
    }

    public void setProvider(Long provider) {
        this.provider = provider;
    }

    public Long getContract() {
        return contract;
    }

    public void setContract(Long contract) {
        this.contract = contract;
    }

    public boolean isChooseRegion() {
        return currentUser.isStateView();
    }

    public List<RegionView> getRegions() {
        return reference.regions();
    }

    public IndicatorReport getReport() {
        return report;
    }

    public IndicatorReport.DrillDown getDrillDown() {
        return drillDown;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region;
    }

    public String getChartIndicator() {
        return chartIndicator;
    }

    public void setChartIndicator(String chartIndicator) {
        if (!java.util.Objects.equals(this.chartIndicator, chartIndicator)) {
            chart = null;
            trend = null;
        }
        this.chartIndicator = chartIndicator;
    }
}
