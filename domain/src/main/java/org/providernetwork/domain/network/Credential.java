package org.providernetwork.domain.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;

/** A licence or accreditation an offering holds, with the day it expires. */
@Entity
@Table(name = "offering_credential")
public class Credential {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "credential_ids")
    @TableGenerator(name = "credential_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "offering_credential", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false)
    private ServiceOffering offering;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private CredentialKind kind;

    /** Licences and accreditations expiring within so many days raise an alert (API default, home pages). */
    public static final int EXPIRY_NOTICE_DAYS = 60;
    /** Alerts within so many days of the expiry are urgent; expired ones stay listed for as many days. */
    public static final int EXPIRY_URGENT_DAYS = 30;

    public static final int ISSUER_LENGTH = 120;
    public static final int IDENTIFIER_LENGTH = 60;

    @Column(name = "issuer", nullable = false, length = ISSUER_LENGTH)
    private String issuer;

    @Column(name = "identifier", nullable = false, length = IDENTIFIER_LENGTH)
    private String identifier;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    protected Credential() {
        // for JPA
    }

    Credential(ServiceOffering offering, Terms terms) {
        this.offering = offering;
        update(terms);
    }

    /** What a credential says, checked. */
    public record Terms(CredentialKind kind, String issuer, String identifier, LocalDate expiresOn) {

        public Terms {
            if (kind == null) {
                throw new InvalidInputException("credentials", "a credential is a licence or an accreditation");
            }
            issuer = text(issuer, ISSUER_LENGTH, "issuer");
            identifier = text(identifier, IDENTIFIER_LENGTH, "number");
            if (expiresOn == null) {
                throw new InvalidInputException("credentials", "a " + kind.getLabel().toLowerCase() + " has an expiry date");
            }
            org.providernetwork.domain.shared.Limits.date("credentials", expiresOn);
        }

        private static String text(String value, int max, String what) {
            if (value == null || value.isBlank() || value.trim().length() > max) {
                throw new InvalidInputException("credentials", "a credential's " + what + " has 1 to " + max + " characters");
            }
            return value.trim();
        }
    }

    void update(Terms terms) {
        this.kind = terms.kind();
        this.issuer = terms.issuer();
        this.identifier = terms.identifier();
        this.expiresOn = terms.expiresOn();
    }

    public Terms terms() {
        return new Terms(kind, issuer, identifier, expiresOn);
    }

    public Long getId() {
        return id;
    }

    public CredentialKind getKind() {
        return kind;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getIdentifier() {
        return identifier;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean expiredOn(LocalDate day) {
        return expiresOn.isBefore(day);
    }
}
