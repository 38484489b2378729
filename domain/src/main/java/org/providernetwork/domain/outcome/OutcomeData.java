package org.providernetwork.domain.outcome;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the indicators are computed from, held in memory.
 *
 * @param leadsByProvider the lead contractors each provider belongs to (for cuts by lead): the leads of the regions
 *                        a local provider serves, the one rule of the tenant scope; a lead's own placements count
 *                        for the lead as well
 */
public record OutcomeData(List<ChildRecord> children, List<Episode> episodes, List<Placement> placements,
                          List<Maltreatment> maltreatments, List<InHomeService> inHomeServices,
                          List<OfferAnswer> offerAnswers, Map<Long, Set<Long>> leadsByProvider) {

    public OutcomeData {
        children = children == null ? List.of() : children;
        episodes = episodes == null ? List.of() : episodes;
        placements = placements == null ? List.of() : placements;
        maltreatments = maltreatments == null ? List.of() : maltreatments;
        inHomeServices = inHomeServices == null ? List.of() : inHomeServices;
        offerAnswers = offerAnswers == null ? List.of() : offerAnswers;
        leadsByProvider = leadsByProvider == null ? Map.of() : leadsByProvider;
    }

    /** Data without a provider-to-lead map: cuts by lead then match only the lead's own placements. */
    public OutcomeData(List<ChildRecord> children, List<Episode> episodes, List<Placement> placements,
                       List<Maltreatment> maltreatments, List<InHomeService> inHomeServices,
                       List<OfferAnswer> offerAnswers) {
        this(children, episodes, placements, maltreatments, inHomeServices, offerAnswers, Map.of());
    }

    /** Whether the placements of {@code providerId} count for the lead {@code leadId}: its own, or one of its providers'. */
    boolean countsForLead(Long providerId, long leadId) {
        return providerId != null && (providerId == leadId || leadsByProvider.getOrDefault(providerId, Set.of()).contains(leadId));
    }
}
