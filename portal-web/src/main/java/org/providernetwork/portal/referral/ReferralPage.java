package org.providernetwork.portal.referral;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.referral.DeclineReason;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.referral.MatchView;
import org.providernetwork.service.referral.ReferralView;
import org.providernetwork.service.referral.Referrals;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * One referral ({@code ?id=}): the children, the assessment, the offers and the history; for the state and
 * the region's lead the ranked matches with why each is where it is and why others are absent, re-offer and
 * withdrawal; for the provider it was offered to, accept, decline with a reason, start and complete.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

    @Inject
    private java.time.Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private Referrals referrals;

    @Inject
    private org.providernetwork.service.outcome.CaseReports caseReports;

    private String id;
    private ReferralView referral;
    private MatchView matches;
    private Long answeringOffer;
    private DeclineReason declineReason;
    private String declineNote;
    private String withdrawReason;
    private String completionNote;
    private String completion;
    private Boolean dischargeAsked;
    private Boolean dischargeReported;

    /** The completion choice that keeps the child in care (no discharge reason). */
    public static final String STAYS_IN_CARE = "STAYS_IN_CARE";

    public void load() {
        try {
            referral = referrals.find(Long.parseLong(id == null ? "" : id.trim()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("referral", id);
        }
        if (isReferrer()) {
            matches = referrals.matches(referral.id());
        }
    }

    public void accept(long offerId) {
        act(() -> referrals.accept(referral.id(), offerId), "Accepted: the places are held for this referral");
    }

    public void prepareDecline(long offerId) {
        answeringOffer = offerId;
        declineReason = null;
        declineNote = null;
    }

    public void decline() {
        if (act(() -> referrals.decline(referral.id(), answeringOffer, declineReason, declineNote), "Declined")) {
            org.primefaces.PrimeFaces.current().executeScript("PF('declineDialog').hide()");
        }
    }

    public void start() {
        act(() -> referrals.start(referral.id()), "Service started");
    }

    public void complete() {
        org.providernetwork.domain.outcome.DischargeReason reason = !isDischargeAsked() || completion == null || completion.isBlank()
                || STAYS_IN_CARE.equals(completion) ? null : org.providernetwork.domain.outcome.DischargeReason.valueOf(completion);
        if (act(() -> referrals.complete(referral.id(), completionNote, reason), "Service completed; the places are free again")) {
            completion = null;
        }
    }

    public void withdraw() {
        act(() -> referrals.withdraw(referral.id(), withdrawReason), "Referral withdrawn");
    }

    public void offer(Long offeringId) {
        act(() -> referrals.offer(referral.id(), offeringId), "Offered");
    }

    /** Puts the referral on the waitlist of an offering that would take it but has no free place. */
    public void waitFor(long offeringId) {
        act(() -> referrals.waitFor(referral.id(), java.util.List.of(offeringId)),
                "Waiting for a place: it is offered as soon as one frees, the most urgent referrals first");
    }

    /** Takes the referral off an offering's waitlist. */
    public void leaveWaitlist(long offeringId) {
        act(() -> referrals.leaveWaitlist(referral.id(), offeringId), "No longer waiting there");
    }

    /** Whether the referral may be put on the waitlist of an offering left out of the matches for want of a place. */
    public boolean canWaitFor(org.providernetwork.service.referral.MatchView.ExclusionView excluded) {
        return canRoute() && "NO_CAPACITY".equals(excluded.constraint()) && referral.waiting().stream()
                .noneMatch(w -> w.offeringId() == excluded.offeringId());
    }

    private boolean act(Supplier<ReferralView> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            referral = action.get();
            dischargeAsked = null;
            if (isReferrer()) {
                matches = referrals.matches(referral.id());
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return true;
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
            return false;
        }
    }

    // What the signed-in user may do is the referral service's answer (ReferralView.Allowed); the page asks it.

    /** The state or the referral's lead: they read its ranked matches. */
    public boolean isReferrer() {
        return referral != null && referral.allowed().readMatches();
    }

    public boolean canRoute() {
        return referral != null && referral.allowed().route();
    }

    public boolean canWithdraw() {
        return referral != null && referral.allowed().withdraw();
    }

    /** Whether the signed-in provider may answer this offer. */
    public boolean answerable(ReferralView.OfferView offer) {
        return referral != null && referral.allowed().answer().contains(offer.id());
    }

    public boolean givable(ReferralView.OfferView offer) {
        return referral != null && referral.allowed().giveBack().contains(offer.id());
    }

    /** Whether the signed-in provider, holding the referral's places, may start the service now. */
    public boolean canStart() {
        return referral != null && referral.allowed().start();
    }

    /** Whether the signed-in provider, serving the referral, may complete the service now. */
    public boolean canComplete() {
        return referral != null && referral.allowed().complete();
    }

    /** The outcome record exists once the service started; the state, the lead and the serving provider see it. */
    public boolean isCaseVisible() {
        return referral != null && referral.allowed().readCase();
    }

    public String timeLeft(java.time.Instant respondBy) {
        java.time.Duration left = java.time.Duration.between(clock.instant(), respondBy);
        if (left.isNegative()) {
            return "window closed";
        }
        return left.toHours() + " h " + String.format("%02d", left.toMinutesPart()) + " min left";
    }

    public org.providernetwork.domain.outcome.DischargeReason[] getDischargeReasons() {
        return org.providernetwork.domain.outcome.DischargeReason.values();
    }

    /** What happens to the child when the service completes: stays in care, or the discharge reason's name. */
    public String getCompletion() {
        return completion;
    }

    public void setCompletion(String completion) {
        this.completion = completion;
    }

    public String getStaysInCare() {
        return STAYS_IN_CARE;
    }

    /**
     * Whether completing asks what happens to the child: only while a child of this placement has an episode
     * in care that is still open. An in-home service has no episode to close, and a discharge already
     * reported in the outcome record is not asked for again.
     */
    public boolean isDischargeAsked() {
        if (dischargeAsked == null) {
            dischargeAsked = false;
            dischargeReported = false;
            if (canComplete()) {
                var children = caseReports.record(referral.id()).children();
                dischargeAsked = children.stream().anyMatch(c -> c.episodes().stream().anyMatch(e -> e.dischargeDate() == null));
                dischargeReported = !dischargeAsked && children.stream().anyMatch(c -> !c.episodes().isEmpty());
            }
        }
        return dischargeAsked;
    }

    /** Whether the outcome record already reports the discharge of every child of this placement. */
    public boolean isDischargeReported() {
        isDischargeAsked();
        return dischargeReported;
    }

    public DeclineReason[] getDeclineReasons() {
        return DeclineReason.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ReferralView getReferral() {
        return referral;
    }

    public MatchView getMatches() {
        return matches;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(DeclineReason declineReason) {
        this.declineReason = declineReason;
    }

    public String getDeclineNote() {
        return declineNote;
    }

    public void setDeclineNote(String declineNote) {
        this.declineNote = declineNote;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public void setCompletionNote(String completionNote) {
        this.completionNote = completionNote;
    }
}
