package org.providernetwork.portal.capacity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.providernetwork.service.capacity.CapacityBoard.HistoryPoint;
import org.providernetwork.service.reference.ReferenceViews.RegionView;

import java.util.List;

/** Builds the line-chart configuration of the capacity history (labels, one dataset per region, and the total). */
final class HistoryChart {

    private static final String[] COLOURS = {"#1d3557", "#e63946", "#2a9d8f", "#f4a261", "#6d597a", "#457b9d", "#8ab17d",
        "#b5838d", "#264653", "#e76f51"};

    private HistoryChart() {
    }

    static String of(List<HistoryPoint> points, List<RegionView> regions) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        points.forEach(p -> labels.add(p.day().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (RegionView region : regions) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            points.forEach(p -> data.add(p.availableByRegion().getOrDefault(region.code(), 0L)));
            String colour = COLOURS[i++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", region.name()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("fill", false).add("tension", 0.2));
        }
        JsonArrayBuilder total = Json.createArrayBuilder();
        points.forEach(p -> total.add(p.available()));
        datasets.add(Json.createObjectBuilder().add("label", "Statewide").add("data", total).add("borderColor", "#999999")
                .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("fill", false).add("yAxisID", "total"));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "free places (region)")))
                                .add("total", Json.createObjectBuilder().add("position", "right").add("beginAtZero", true)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "free places (state)")))))
                .build().toString();
    }
}
