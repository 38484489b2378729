package org.providernetwork.domain.matching;

import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.shared.InvalidInputException;

/** A child of a referral, as far as matching needs to know: age in whole years and gender. */
public record Child(int age, ChildGender gender) {

    public Child {
        if (age < 0 || age > 25) {
            throw new InvalidInputException("age", "a child's age must be between 0 and 25, was " + age);
        }
        if (gender == null) {
            throw new InvalidInputException("gender", "a child's gender is required");
        }
    }
}
