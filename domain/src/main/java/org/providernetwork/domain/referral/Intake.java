package org.providernetwork.domain.referral;

import org.providernetwork.domain.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.TreeSet;
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
        if (children != null && children.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("children", "a child cannot be null");
        }
        if (ratings != null && ratings.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new InvalidInputException("ratings", "each need domain is rated 0 to 3; null is no rating");
        }
        if (requiredPopulations != null && requiredPopulations.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("requiredPopulations", "a population code cannot be null");
        }
        children = children == null ? List.of() : List.copyOf(children);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
        requiredPopulations = requiredPopulations == null ? Set.of() : Set.copyOf(requiredPopulations);
    }

    /**
     * What the request asked for, as a SHA-256 hex digest of every field in a fixed order: a request repeated
     * with the same idempotency key must carry the same intake.
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        for (Object part : new Object[] {number, serviceTypeCode, homeCountyFips, schoolCountyFips,
                children.stream().map(Child::toString).toList(), new TreeMap<>(ratings), new TreeSet<>(requiredPopulations),
                risk, urgency, allowSplit, stayInHomeCounty, kinFirst, caseManagerName, caseManagerEmail, notes}) {
            canonical.append(part).append('\u001f');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
