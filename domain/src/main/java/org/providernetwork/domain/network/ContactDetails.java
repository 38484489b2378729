package org.providernetwork.domain.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Objects;
import java.util.regex.Pattern;

/** Where an organisation can be reached. Every part is optional; what is given must be well formed. */
@Embeddable
public class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Column(name = "address_line", length = 200)
    private String addressLine;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "website", length = 200)
    private String website;

    protected ContactDetails() {
        // for JPA
    }

    public ContactDetails(String addressLine, String city, String postalCode, String phone, String email,
                          String website) {
        this.addressLine = limit("addressLine", addressLine, 200);
        this.city = limit("city", city, 100);
        this.postalCode = limit("postalCode", postalCode, 10);
        this.phone = limit("phone", phone, 40);
        this.email = limit("email", email, 200);
        this.website = limit("website", website, 200);
        if (this.email != null && !EMAIL.matcher(this.email).matches()) {
            throw new InvalidInputException("email", "'" + this.email + "' is not an e-mail address");
        }
    }

    public static ContactDetails none() {
        return new ContactDetails(null, null, null, null, null, null);
    }

    private static String limit(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        return trimmed;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactDetails c && Objects.equals(addressLine, c.addressLine)
                && Objects.equals(city, c.city) && Objects.equals(postalCode, c.postalCode)
                && Objects.equals(phone, c.phone) && Objects.equals(email, c.email)
                && Objects.equals(website, c.website);
    }

    @Override
    public int hashCode() {
        return Objects.hash(addressLine, city, postalCode, phone, email, website);
    }
}
