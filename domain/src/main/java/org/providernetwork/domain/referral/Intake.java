package org.providernetwork.domain.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What intake records about a referral, before any check: the child or sibling group, where the family
 * lives (and the school county when different), the service requested, the assessment (0-3 per need
 * domain) and required specialised populations, risk and urgency, placement preferences and the state
 * case manager.
 */
public record Intake(String number, String serviceTypeCode, String homeCountyFips, String schoolCountyFips,
                     List<Child> children, Map<NeedDomain, Integer> ratings, Set<String> requiredPopulations,
                     RiskLevel risk, Urgency urgency, boolean allowSplit, boolean stayInHomeCounty, boolean kinFirst,
                     String caseManagerName, String caseManagerEmail, String notes) {

    /** One child as intake records it. */
    public record Child(String name, LocalDate birthDate, ChildGender gender) {
    }

    public Intake {
        children = children == null ? List.of() : List.copyOf(children);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
        requiredPopulations = requiredPopulations == null ? Set.of() : Set.copyOf(requiredPopulations);
    }
}
