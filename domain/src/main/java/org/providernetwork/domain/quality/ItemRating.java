package org.providernetwork.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Objects;

/** The rating of one item with the reviewer's rationale, which is always required. */
@Embeddable
public class ItemRating {

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 16)
    private Rating rating;

    @Column(name = "rationale", nullable = false, length = 1000)
    private String rationale;

    protected ItemRating() {
    }

    public ItemRating(Rating rating, String rationale) {
        if (rating == null) {
            throw new InvalidInputException("ratings.rating", "STRENGTH, NEEDS_WORK or NOT_APPLICABLE");
        }
        if (rationale == null || rationale.isBlank()) {
            throw new InvalidInputException("ratings.rationale", "every rating needs its rationale");
        }
        if (rationale.length() > 1000) {
            throw new InvalidInputException("ratings.rationale", "at most 1000 characters");
        }
        this.rating = rating;
        this.rationale = rationale.trim();
    }

    public Rating getRating() {
        return rating;
    }

    public String getRationale() {
        return rationale;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemRating other && rating == other.rating && rationale.equals(other.rationale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rating, rationale);
    }
}
