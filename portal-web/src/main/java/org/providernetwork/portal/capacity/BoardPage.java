package org.providernetwork.portal.capacity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.capacity.Capacity;
import org.providernetwork.service.capacity.CapacityBoard;
import org.providernetwork.service.capacity.CapacityView;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.RegionView;

import java.io.Serializable;
import java.util.List;

/**
 * The capacity board of a region: a lead sees its own region; state roles choose one. A cell opens the
 * offerings behind it.
 */
@Named
@ViewScoped
public class BoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CapacityBoard boards;

    @Inject
    private Capacity capacity;

    @Inject
    private ReferenceData reference;

    @Inject
    private CurrentUser currentUser;

    private String region;
    private CapacityBoard.Board board;
    private String serviceType;
    private String county;
    private List<CapacityView> detail = List.of();
    private String historyChart;

    public void load() {
        if (currentUser.isLead()) {
            region = currentUser.getLeadRegionCode();
        } else if (region != null && reference.region(region).isEmpty()) {
            region = null;
        }
        board = region == null ? boards.state() : boards.region(region);
        detail = List.of();
    }

    /**
     * A cell: the offerings behind it, of the cell's county on a region's board or of the cell's region on the
     * statewide board (whose region can then be opened as a board of its own).
     */
    public void open(String type, String column) {
        serviceType = type;
        county = column;
        detail = board.regionCode() == null ? capacity.inRegionCell(type, column) : capacity.inCell(type, column);
    }

    /** The name of the service of the open cell. */
    public String getServiceTypeName() {
        return board.rows().stream().filter(r -> r.serviceTypeCode().equals(serviceType)).map(r -> r.serviceTypeName())
                .findFirst().orElse(serviceType);
    }

    /** The heading of the open cell's column (a county or a region). */
    public String getColumnName() {
        return board.columns().stream().filter(c -> c.key().equals(county)).map(c -> c.label()).findFirst().orElse(county);
    }

    /** Whether the open cell is a region of the statewide board. */
    public boolean isRegionCell() {
        return board != null && board.regionCode() == null && county != null;
    }

    /** The statewide history as a line-chart configuration: one line of free places per region. */
    public String getHistoryChart() {
        if (historyChart == null && board != null && board.regionCode() == null) {
            historyChart = HistoryChart.of(boards.stateHistory(12), reference.regions());
        }
        return historyChart;
    }

    public List<RegionView> getRegions() {
        return reference.regions();
    }

    public boolean isChooseRegion() {
        return !currentUser.isLead();
    }

    public CapacityBoard.Board getBoard() {
        return board;
    }

    public List<CapacityView> getDetail() {
        return detail;
    }

    public String getServiceType() {
        return serviceType;
    }

    public String getCounty() {
        return county;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
