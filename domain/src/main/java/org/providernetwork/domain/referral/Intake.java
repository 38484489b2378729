package org.providernetwork.domain.referral;

import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.StateChildId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.TreeSet;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What intake records about a referral, before any check: the child or sibling group, where the family
 * lives (and the school county when different), the service requested, the assessment (0-3 per need
 * domain) and required specialised populations, risk and urgency, placement preferences and the state
 * case manager, and the highest level of care the referral may use ({@code null}: the level of the service
 * requested). The limits of every field are declared here once; {@link #problems(LocalDate)} names
 * everything wrong at once, in the words a person filling in the form reads.
 */
public record Intake(String number, String serviceTypeCode, String homeCountyFips, String schoolCountyFips,
                     List<Child> children, Map<NeedDomain, Integer> ratings, Set<String> requiredPopulations,
                     RiskLevel risk, Urgency urgency, boolean allowSplit, boolean stayInHomeCounty, boolean kinFirst,
                     String caseManagerName, String caseManagerEmail, String notes, LevelOfCare maxLevelOfCare) {

    public static final int NUMBER_MAX_LENGTH = 40;
    public static final int CASE_MANAGER_MAX_LENGTH = 150;
    public static final int CASE_MANAGER_EMAIL_MAX_LENGTH = 200;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final int RATING_MIN = 0;
    public static final int RATING_MAX = 3;
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /**
     * One child as intake records it; {@code statePersonId} is the state's person id of the child, optional
     * ({@link org.providernetwork.domain.shared.StateChildId}): with it the outcome history knows the child as the
     * same child the state's extracts describe.
     */
    public record Child(String name, LocalDate birthDate, ChildGender gender, String statePersonId) {

        public Child(String name, LocalDate birthDate, ChildGender gender) {
            this(name, birthDate, gender, null);
        }
    }

    /**
     * One thing wrong with an intake: the field it belongs to ({@code number}, {@code children[1].birthDate},
     * {@code ratings.TRAUMA} ...) and what to do about it, in plain words.
     */
    public record Problem(String field, String message) {
    }

    /** An intake that leaves the highest level of care to the service requested. */
    public Intake(String number, String serviceTypeCode, String homeCountyFips, String schoolCountyFips,
                  List<Child> children, Map<NeedDomain, Integer> ratings, Set<String> requiredPopulations,
                  RiskLevel risk, Urgency urgency, boolean allowSplit, boolean stayInHomeCounty, boolean kinFirst,
                  String caseManagerName, String caseManagerEmail, String notes) {
        this(number, serviceTypeCode, homeCountyFips, schoolCountyFips, children, ratings, requiredPopulations, risk,
                urgency, allowSplit, stayInHomeCounty, kinFirst, caseManagerName, caseManagerEmail, notes, null);
    }

    public Intake {
        children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
        // a cleared rating arrives as a null value: kept, so that it is reported as a problem, not a crash
        ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
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
        if (maxLevelOfCare != null) {
            // only when given, so that the fingerprints of requests made before the field existed still match
            canonical.append(maxLevelOfCare).append('\u001f');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything a person must still fix before this intake can be taken in (the checks that need no
     * reference data: required fields, lengths, ranges, dates), in form order. Empty when complete.
     */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (blank(number)) {
            problems.add(new Problem("number", "Type the referral number"));
        } else if (number.trim().length() > NUMBER_MAX_LENGTH) {
            problems.add(new Problem("number", "The referral number has at most " + NUMBER_MAX_LENGTH + " characters"));
        }
        if (blank(serviceTypeCode)) {
            problems.add(new Problem("serviceType", "Choose the service requested"));
        }
        if (blank(homeCountyFips)) {
            problems.add(new Problem("homeCounty", "Choose the child's home county"));
        }
        if (risk == null) {
            problems.add(new Problem("risk", "Choose the safety risk"));
        }
        if (urgency == null) {
            problems.add(new Problem("urgency", "Choose the urgency"));
        }
        if (blank(caseManagerName)) {
            problems.add(new Problem("caseManager", "Type the name of the family's state case manager"));
        } else if (caseManagerName.trim().length() > CASE_MANAGER_MAX_LENGTH) {
            problems.add(new Problem("caseManager", "The case manager's name has at most " + CASE_MANAGER_MAX_LENGTH + " characters"));
        }
        if (!blank(caseManagerEmail) && (caseManagerEmail.trim().length() > CASE_MANAGER_EMAIL_MAX_LENGTH
                || !caseManagerEmail.trim().matches(EMAIL_PATTERN))) {
            problems.add(new Problem("caseManagerEmail", "Type an e-mail address such as name@example.org, or leave it empty"));
        }
        if (children.isEmpty()) {
            problems.add(new Problem("children", "Add the child"));
        } else if (children.size() > Referral.LARGEST_SIBLING_GROUP) {
            problems.add(new Problem("children", "A sibling group has at most " + Referral.LARGEST_SIBLING_GROUP + " children"));
        }
        for (int i = 0; i < children.size(); i++) {
            Child child = children.get(i);
            String who = children.size() == 1 ? "the child" : "child " + (i + 1);
            String field = "children[" + i + "].";
            if (child == null) {
                problems.add(new Problem("children", "Fill in " + who));
                continue;
            }
            if (blank(child.name())) {
                problems.add(new Problem(field + "name", "Type the name or initials of " + who));
            } else if (child.name().trim().length() > ReferralChild.NAME_MAX_LENGTH) {
                problems.add(new Problem(field + "name", "Name or initials: at most " + ReferralChild.NAME_MAX_LENGTH + " characters"));
            }
            if (child.birthDate() == null) {
                problems.add(new Problem(field + "birthDate", "Type the birth date of " + who + ", such as 03/14/2012"));
            } else if (child.birthDate().isAfter(today)) {
                problems.add(new Problem(field + "birthDate", "The birth date of " + who + " is in the future"));
            } else if (Period.between(child.birthDate(), today).getYears() > ReferralChild.OLDEST) {
                problems.add(new Problem(field + "birthDate", "The birth date makes " + who + " older than "
                        + ReferralChild.OLDEST + "; services here are for children and youth up to " + ReferralChild.OLDEST));
            }
            if (child.gender() == null) {
                problems.add(new Problem(field + "gender", "Choose the gender of " + who));
            }
            if (!blank(child.statePersonId()) && !StateChildId.valid(child.statePersonId().trim())) {
                problems.add(new Problem(field + "statePersonId", "State person id of " + who + ": " + StateChildId.RULE
                        + ", or leave it empty"));
            }
        }
        for (NeedDomain domain : NeedDomain.values()) {
            if (ratings.containsKey(domain) && !inRange(ratings.get(domain))) {
                problems.add(new Problem("ratings." + domain.name(), "Rate \"" + domain.getLabel() + "\" from "
                        + RATING_MIN + " to " + RATING_MAX));
            }
        }
        if (notes != null && notes.length() > NOTES_MAX_LENGTH) {
            problems.add(new Problem("notes", "Notes have at most " + String.format(java.util.Locale.US, "%,d", NOTES_MAX_LENGTH) + " characters; "
                    + "these have " + String.format(java.util.Locale.US, "%,d", notes.length())));
        }
        return problems;
    }

    private static boolean inRange(Integer rating) {
        return rating != null && rating >= RATING_MIN && rating <= RATING_MAX;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
