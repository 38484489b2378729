package org.providernetwork.domain.outcome;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child as the outcome indicators see it.
 *
 * @param homeCountyFips the county the child was removed from (five-digit FIPS); geographic cuts follow it
 * @param siblingGroupId shared by brothers and sisters, or {@code null}
 */
public record ChildRecord(String childId, LocalDate birthDate, Sex sex, String homeCountyFips, String siblingGroupId) {

    public ChildRecord {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(birthDate, "birthDate");
        sex = sex == null ? Sex.UNKNOWN : sex;
    }

    /** The 18th birthday: from that day on the child counts as an adult for every indicator. */
    public LocalDate eighteenthBirthday() {
        return birthDate.plusYears(18);
    }
}
