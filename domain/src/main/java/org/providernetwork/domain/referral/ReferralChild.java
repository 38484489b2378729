package org.providernetwork.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.Period;

/** One child of a referral: the least identifying data that matching needs (name or initials, birth date, gender). */
@Embeddable
public class ReferralChild {

    public static final int OLDEST = 21;
    public static final int NAME_MAX_LENGTH = 80;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 8)
    private ChildGender gender;

    protected ReferralChild() {
        // for JPA
    }

    public ReferralChild(String name, LocalDate birthDate, ChildGender gender, LocalDate today) {
        if (name == null || name.isBlank() || name.trim().length() > NAME_MAX_LENGTH) {
            throw new InvalidInputException("children", "each child has a name or initials of at most " + NAME_MAX_LENGTH + " characters");
        }
        if (birthDate == null || birthDate.isAfter(today)) {
            throw new InvalidInputException("children", "each child has a birth date that is not in the future");
        }
        if (Period.between(birthDate, today).getYears() > OLDEST) {
            throw new InvalidInputException("children", name.trim() + " is older than " + OLDEST);
        }
        if (gender == null) {
            throw new InvalidInputException("children", "each child's gender is FEMALE, MALE or OTHER");
        }
        this.name = name.trim();
        this.birthDate = birthDate;
        this.gender = gender;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public String getName() {
        return name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public ChildGender getGender() {
        return gender;
    }
}
