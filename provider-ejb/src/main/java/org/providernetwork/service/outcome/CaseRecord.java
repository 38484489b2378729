package org.providernetwork.service.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What providers reported on one referral: each child's removal episodes and placements (with the moves derived
 * from them), school changes and maltreatment incidents; the needs assessed again; the service units delivered and
 * what they cost; and the contract lines units may be reported against.
 */
public record CaseRecord(long referralId, String number, String status, String serviceTypeCode, Map<String, Integer> intake,
                         List<ChildCase> children,
                         List<ReassessmentView> reassessments, List<UnitsView> units, BigDecimal totalAmount,
                         List<LineOption> lines) {

    /**
     * One child (numbered from 1 in the referral's order). {@code recorded} is false until the service started.
     * {@code withoutPlacementSince} is the day from which a child in care has had no current placement (its last
     * placement ended without a discharge), else null; {@code care} says where the child's care stands in words.
     */
    public record ChildCase(int child, String name, boolean recorded, boolean inCare, LocalDate withoutPlacementSince,
                            String care, List<EpisodeView> episodes,
                            List<PlacementView> placements, int moves, List<DatedNote> schoolChanges,
                            List<IncidentView> incidents) {
    }

    public record EpisodeView(int episodeNo, LocalDate removalDate, LocalDate dischargeDate, String dischargeReason) {
    }

    /** {@code move} is true for a placement that started a placement move (derived, never typed in). */
    public record PlacementView(int episodeNo, LocalDate startDate, LocalDate endDate, String setting, Long providerId,
                                String providerName, String countyFips, boolean move) {
    }

    public record DatedNote(LocalDate date, String note) {
    }

    public record IncidentView(LocalDate reportDate, boolean substantiated, boolean inCare) {
    }

    /** A reassessment beside the intake's ratings: {@code changes} maps a domain to "before -> after". */
    public record ReassessmentView(LocalDate assessedOn, String recordedBy, Map<String, Integer> ratings,
                                   Map<String, Integer> intake, long needsResolved) {
    }

    public record UnitsView(long id, long contractLineId, String contractNumber, String serviceTypeCode, String unit,
                            LocalDate deliveredOn, BigDecimal units, BigDecimal amount, String note, String recordedBy) {
    }

    /** A line of an active contract of the serving provider for the referral's service type. */
    public record LineOption(long contractLineId, String contractNumber, String serviceTypeCode, String unit,
                             BigDecimal unitRate, LocalDate start, LocalDate end) {
    }
}
