package org.providernetwork.domain.outcome;

import java.util.List;
import java.util.Map;

/**
 * Everything the indicators are computed from, held in memory.
 *
 * @param leadByProvider the lead contractor of each subcontracted provider (for cuts by lead); a lead's own
 *                       placements count for the lead as well
 */
public record OutcomeData(List<ChildRecord> children, List<Episode> episodes, List<Placement> placements,
                          List<Maltreatment> maltreatments, List<InHomeService> inHomeServices,
                          List<OfferAnswer> offerAnswers, Map<Long, Long> leadByProvider) {

    public OutcomeData {
        children = children == null ? List.of() : children;
        episodes = episodes == null ? List.of() : episodes;
        placements = placements == null ? List.of() : placements;
        maltreatments = maltreatments == null ? List.of() : maltreatments;
        inHomeServices = inHomeServices == null ? List.of() : inHomeServices;
        offerAnswers = offerAnswers == null ? List.of() : offerAnswers;
        leadByProvider = leadByProvider == null ? Map.of() : leadByProvider;
    }

    /** Data without a provider-to-lead map: cuts by lead then match only the lead's own placements. */
    public OutcomeData(List<ChildRecord> children, List<Episode> episodes, List<Placement> placements,
                       List<Maltreatment> maltreatments, List<InHomeService> inHomeServices,
                       List<OfferAnswer> offerAnswers) {
        this(children, episodes, placements, maltreatments, inHomeServices, offerAnswers, Map.of());
    }

    /** The lead of a provider: its mapped lead, or {@code null}. */
    Long leadOf(Long providerId) {
        return providerId == null ? null : leadByProvider.get(providerId);
    }
}
