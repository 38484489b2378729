package org.providernetwork.portal.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.service.quality.ImplementationStages;
import org.providernetwork.service.quality.QualityViews.StageView;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The statewide implementation timeline: each region's stages as bars on one time axis (from the earliest
 * start to a year past the latest).
 */
@Named
@RequestScoped
public class TimelinePage {

    @Inject
    private ImplementationStages stages;

    private List<StageView> rows;
    private LocalDate from;
    private long span;

    public void load() {
        rows = stages.timeline();
        from = rows.stream().map(StageView::startsOn).min(LocalDate::compareTo).orElse(LocalDate.now());
        LocalDate to = rows.stream().map(s -> s.endsOn() == null ? s.startsOn().plusYears(1) : s.endsOn())
                .max(LocalDate::compareTo).orElse(from.plusYears(1));
        span = Math.max(1, ChronoUnit.DAYS.between(from, to));
    }

    /** The bar's left offset and width in percent of the axis, as a style. */
    public String bar(StageView stage) {
        LocalDate end = stage.endsOn() == null ? from.plusDays(span) : stage.endsOn();
        double left = 100.0 * ChronoUnit.DAYS.between(from, stage.startsOn()) / span;
        double width = Math.max(1, 100.0 * ChronoUnit.DAYS.between(stage.startsOn(), end) / span);
        return String.format(java.util.Locale.ROOT, "margin-left:%.1f%%;width:%.1f%%", left, width);
    }

    public List<StageView> getRows() {
        return rows;
    }

    public LocalDate getFrom() {
        return from;
    }
}
