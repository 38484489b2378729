package org.providernetwork.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.StateChildId;

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

    /** The state's person id of the child, or null ({@link StateChildId}). */
    @Column(name = "state_person_id", length = StateChildId.MAX_LENGTH)
    private String statePersonId;

    protected ReferralChild() {
        // for JPA
    }

    public ReferralChild(String name, LocalDate birthDate, ChildGender gender, LocalDate today) {
        this(name, birthDate, gender, null, today, "children");
    }

    /**
     * A child with the state's person id when given; {@code field} names the child's id in a refusal
     * ({@code children[0].statePersonId}).
     */
    public ReferralChild(String name, LocalDate birthDate, ChildGender gender, String statePersonId, LocalDate today,
                         String field) {
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
        this.statePersonId = StateChildId.check(field, statePersonId);
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

    public String getStatePersonId() {
        return statePersonId;
    }
}
