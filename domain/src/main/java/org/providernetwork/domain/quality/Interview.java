package org.providernetwork.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Objects;

/** An interview held for a case review: whom (by role), when, and a short note. */
@Embeddable
public class Interview {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private InterviewRole role;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "note", length = 500)
    private String note;

    protected Interview() {
    }

    public Interview(InterviewRole role, LocalDate heldOn, String note) {
        if (role == null) {
            throw new InvalidInputException("interviews.role", "CHILD, PARENT, CASEWORKER, PROVIDER or RESOURCE_FAMILY");
        }
        if (heldOn == null) {
            throw new InvalidInputException("interviews.heldOn", "the date the interview was held");
        }
        org.providernetwork.domain.shared.Limits.date("interviews.heldOn", heldOn);
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("interviews.note", "at most 500 characters");
        }
        this.role = role;
        this.heldOn = heldOn;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public InterviewRole getRole() {
        return role;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interview other && role == other.role && heldOn.equals(other.heldOn) && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, heldOn, note);
    }
}
