package org.providernetwork.portal.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.service.quality.QualityReports;
import org.providernetwork.service.quality.QualityViews.RegionReport;

import java.io.Serializable;

/**
 * A region's review report ({@code ?region=}): baseline against follow-up per component with the region's
 * referral indicators for the same periods, item results, the cycles and the reviewed cases. Out of scope
 * is "not found".
 */
@Named
@ViewScoped
public class RegionReportPage implements Serializable {

    @Inject
    private org.providernetwork.portal.shell.Formats formats;

    private static final long serialVersionUID = 1L;

    @Inject
    private QualityReports reports;

    private String region;
    private RegionReport report;

    public void load() {
        report = reports.region(region);
    }

    /** A percentage for the page, or a dash. */
    public String percent(Integer value) {
        return value == null ? "—" : value + " %";
    }

    public String signed(Integer value) {
        return value == null ? "—" : (value > 0 ? "+" : "") + value;
    }

    public String value(Double value) {
        return value == null ? "not available" : formats.measure(value, "%");
    }

    /** A value in its indicator's unit ("42.5%", "4.12 per 1,000 days"). */
    public String value(Double value, org.providernetwork.domain.outcome.Indicator indicator) {
        if (value == null) {
            return "not available";
        }
        return formats.measure(value, indicator.getUnit().getLabel());
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public RegionReport getReport() {
        return report;
    }
}
