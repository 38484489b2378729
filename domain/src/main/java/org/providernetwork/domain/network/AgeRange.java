package org.providernetwork.domain.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Objects;

/** Ages served in whole years, both ends included (0-21: child welfare serves youth up to 21). */
@Embeddable
public class AgeRange {

    public static final int OLDEST = 21;

    @Column(name = "min_age", nullable = false)
    private int minAge;

    @Column(name = "max_age", nullable = false)
    private int maxAge;

    protected AgeRange() {
        // for JPA
    }

    public AgeRange(int minAge, int maxAge) {
        if (minAge < 0 || maxAge > OLDEST || minAge > maxAge) {
            throw new InvalidInputException("ageRange",
                    "an age range runs from 0 to " + OLDEST + " with the minimum not above the maximum, was "
                            + minAge + "-" + maxAge);
        }
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public int getMinAge() {
        return minAge;
    }

    public int getMaxAge() {
        return maxAge;
    }

    public boolean contains(int age) {
        return age >= minAge && age <= maxAge;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgeRange r && r.minAge == minAge && r.maxAge == maxAge;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minAge, maxAge);
    }

    @Override
    public String toString() {
        return minAge + "-" + maxAge;
    }
}
