package org.providernetwork.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A person who signs in, belonging to exactly one organisation, with roles that fit that organisation. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "account_ids")
    @TableGenerator(name = "account_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "user_account", allocationSize = 20)
    private Long id;

    /** The longest user name. */
    public static final int USERNAME_LENGTH = 100;

    @Column(name = "username", nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = 150)
    private String displayName;

    @Column(name = "email", length = 200)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    /** PBKDF2 hash of the local password; {@code null} for accounts that only sign in through the identity provider. */
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role_code", length = 32)
    @Convert(converter = PortalRoleConverter.class)
    private Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String email, Organisation organisation,
                       Collection<PortalRole> roles, String passwordHash, Instant now) {
        this.username = normaliseUsername(username);
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName", "a display name is required");
        }
        if (organisation == null) {
            throw new InvalidInputException("organisation", "an account belongs to exactly one organisation");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "an account needs at least one role");
        }
        for (PortalRole role : roles) {
            if (!role.fits(organisation.getType())) {
                throw new InvalidInputException("roles", "the role " + role.getLabel() + " does not fit a "
                        + organisation.getType().getLabel().toLowerCase(Locale.ROOT));
            }
        }
        this.displayName = displayName.trim();
        this.email = email;
        this.organisation = organisation;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = now;
    }

    public static String normaliseUsername(String username) {
        String value = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(value).matches()) {
            throw new InvalidInputException("username",
                    "a username has 2 to 100 letters, digits or . _ @ - characters");
        }
        return value;
    }

    /** Whether the given password opens this account (never for an inactive or password-less account). */
    public boolean passwordMatches(char[] password) {
        return active && passwordHash != null && PasswordHash.verify(password, passwordHash);
    }

    public void recordLogin(Instant when) {
        this.lastLoginAt = when;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Set<PortalRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
