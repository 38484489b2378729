package org.providernetwork.portal.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.providernetwork.service.referral.GapRow;
import org.providernetwork.service.referral.Referrals;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The service-gap report: unmet needs by county, service type and need over a period, as a table and a chart. */
@Named
@ViewScoped
public class GapsPage implements Serializable {

    @Inject
    private java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private Referrals referrals;

    private LocalDate from;
    private LocalDate to;
    private List<GapRow> rows = List.of();

    @jakarta.annotation.PostConstruct
    void init() {
        to = LocalDate.now(clock);
        from = org.providernetwork.domain.referral.UnmetNeed.reportStart(to);
    }

    @Inject
    private org.providernetwork.portal.shell.Labels names;

    public void load() {
        rows = referrals.gaps(from, to);
    }

    /**
     * A stacked bar chart: one bar per county (most unmet needs first, at most 20), one colour per service
     * type: where the network falls short, and in what.
     */
    public String getChart() {
        Map<String, Map<String, Long>> byCounty = new LinkedHashMap<>();
        Map<String, Long> totals = new TreeMap<>();
        for (GapRow row : rows) {
            byCounty.computeIfAbsent(row.countyName(), k -> new TreeMap<>()).merge(row.serviceTypeCode(), row.referrals(), Long::sum);
            totals.merge(row.countyName(), row.referrals(), Long::sum);
        }
        List<String> counties = totals.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(20).map(Map.Entry::getKey).toList();
        List<String> services = rows.stream().map(GapRow::serviceTypeCode).distinct().sorted().toList();
        String[] colours = {"#e63946", "#f4a261", "#2a9d8f", "#1d3557", "#6d597a", "#457b9d", "#8ab17d", "#b5838d"};
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (String service : services) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            counties.forEach(c -> data.add(byCounty.getOrDefault(c, Map.of()).getOrDefault(service, 0L)));
            datasets.add(Json.createObjectBuilder().add("label", names.service(service)).add("data", data)
                    .add("backgroundColor", colours[i++ % colours.length]));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        counties.forEach(labels::add);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    public List<GapRow> getRows() {
        return rows;
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
}
