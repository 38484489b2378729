package org.providernetwork.api.referral;

import org.providernetwork.api.Enums;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.referral.Intake;
import org.providernetwork.domain.referral.NeedDomain;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.referral.Urgency;
import org.providernetwork.domain.shared.StateChildId;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A referral as the state's systems send it; need domains and enums by name. {@code maxLevelOfCare}, the most
 * restrictive level of care matching may use ({@code KIN}, {@code FOSTER}, {@code THERAPEUTIC_FOSTER},
 * {@code GROUP}, {@code INSTITUTION}), is optional: the level of the service requested when absent.
 */
public record ReferralRequest(String number, String serviceType, String homeCounty, String schoolCounty,
                              List<ChildRequest> children, Map<String, Integer> ratings, Set<String> requiredPopulations,
                              String risk, String urgency, Boolean allowSplit, Boolean stayInHomeCounty, Boolean kinFirst,
                              String caseManagerName, String caseManagerEmail, String notes, String maxLevelOfCare) {

    /** One child; {@code statePersonId}, the state's person id of the child, is optional ({@link StateChildId}). */
    public record ChildRequest(String name, LocalDate birthDate, String gender, String statePersonId) {
    }

    Intake toIntake() {
        Map<NeedDomain, Integer> parsed = new EnumMap<>(NeedDomain.class);
        if (ratings != null) {
            ratings.forEach((domain, value) -> parsed.put(Enums.parse(NeedDomain.class, "ratings", domain), value));
        }
        return new Intake(number, serviceType, homeCounty, schoolCounty,
                children == null ? List.of() : children.stream().map(c -> new Intake.Child(c.name(), c.birthDate(),
                        Enums.parse(ChildGender.class, "children", c.gender()), c.statePersonId())).toList(),
                parsed, requiredPopulations, Enums.parse(RiskLevel.class, "risk", risk), Enums.parse(Urgency.class, "urgency", urgency),
                Boolean.TRUE.equals(allowSplit), Boolean.TRUE.equals(stayInHomeCounty), Boolean.TRUE.equals(kinFirst),
                caseManagerName, caseManagerEmail, notes, Enums.parse(LevelOfCare.class, "maxLevelOfCare", maxLevelOfCare));
    }
}
