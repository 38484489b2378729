package org.providernetwork.portal.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.referral.Urgency;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.referral.CursorPage;
import org.providernetwork.service.referral.ReferralFilter;
import org.providernetwork.service.referral.ReferralSummary;
import org.providernetwork.service.referral.Referrals;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The referrals of the signed-in organisation's scope: a provider's inbox (offers waiting for it first),
 * a lead's routing list (escalations), the state's view of every referral. Read by keyset, page by page.
 */
@Named
@ViewScoped
public class ReferralsPage implements Serializable {

    @Inject
    private java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private Referrals referrals;

    @Inject
    private CurrentUser currentUser;

    private ReferralStatus status;
    private Urgency urgency;
    private Boolean escalated;
    private boolean awaitingMe;
    private String number;
    private Model model;

    @PostConstruct
    void init() {
        awaitingMe = currentUser.isProvider();
        escalated = null;
        model = new Model();
    }

    /**
     * Pages through the keyset list: the cursor where each visited stretch ends is remembered by its row
     * offset, so a page of the screen and the larger stretches an export reads ({@code bufferSize}) both
     * continue where the previous one stopped; an offset no cursor leads to has no rows. The count is the
     * filtered total. A provider's inbox (offers waiting for its answer) is read whole, in the order it
     * must be answered: emergencies first, then the soonest deadline.
     */
    public class Model extends LazyDataModel<ReferralSummary> {
        private static final long serialVersionUID = 1L;
        private final Map<Integer, String> cursors = new HashMap<>(Map.of(0, ""));
        private int known;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return known;
        }

        @Override
        public List<ReferralSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, 200));
            String cursor = cursors.get(first);
            if (cursor == null && !filter().awaitingMe()) {
                return List.of();
            }
            if (first == 0) {
                known = (int) Math.min(Integer.MAX_VALUE, referrals.count(filter()));
                setRowCount(known);
            }
            if (filter().awaitingMe()) {
                List<ReferralSummary> inbox = referrals.inbox(filter());
                return new ArrayList<>(inbox.subList(Math.min(first, inbox.size()), Math.min(first + size, inbox.size())));
            }
            CursorPage<ReferralSummary> result = referrals.search(filter(), cursor.isEmpty() ? null : cursor, size);
            if (result.next() != null) {
                cursors.put(first + result.items().size(), result.next());
            }
            return new ArrayList<>(result.items());
        }

        void reset() {
            cursors.clear();
            cursors.put(0, "");
            known = 0;
        }

        @Override
        public String getRowKey(ReferralSummary row) {
            return Long.toString(row.id());
        }

        @Override
        public ReferralSummary getRowData(String rowKey) {
            return null;
        }
    }

    private ReferralFilter filter() {
        return new ReferralFilter(status, urgency, null, null, escalated, awaitingMe, number);
    }

    public void filterChanged() {
        model.reset();
    }

    /** Time left to answer, for the countdown column ("2 h 05 min", "overdue"). */
    public String timeLeft(Instant respondBy) {
        if (respondBy == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), respondBy);
        if (left.isNegative()) {
            return "overdue";
        }
        return left.toHours() > 0 ? left.toHours() + " h " + String.format("%02d", left.toMinutesPart()) + " min"
                : left.toMinutes() + " min";
    }

    public boolean urgent(Instant respondBy) {
        return respondBy != null && Duration.between(clock.instant(), respondBy).toMinutes() < 60;
    }

    public Model getModel() {
        return model;
    }

    public ReferralStatus[] getStatuses() {
        return ReferralStatus.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null || number.isBlank() ? null : number.trim();
    }

    /** The longest number a referral can have (the search box takes no more). */
    public int getNumberMaxLength() {
        return org.providernetwork.domain.referral.Intake.NUMBER_MAX_LENGTH;
    }

    public Boolean getEscalated() {
        return escalated;
    }

    public void setEscalated(Boolean escalated) {
        this.escalated = escalated;
    }

    public boolean isAwaitingMe() {
        return awaitingMe;
    }

    public void setAwaitingMe(boolean awaitingMe) {
        this.awaitingMe = awaitingMe;
    }
}
