package org.providernetwork.domain.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Objects;
import java.util.regex.Pattern;

/** Where an organisation can be reached. Every part is optional; what is given must be well formed. */
@Embeddable
public class ContactDetails {

    public static final int ADDRESS_LINE_LENGTH = 200;
    public static final int CITY_LENGTH = 100;
    public static final int POSTAL_CODE_LENGTH = 10;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 200;
    public static final int WEBSITE_LENGTH = 200;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Column(name = "address_line", length = ADDRESS_LINE_LENGTH)
    private String addressLine;

    @Column(name = "city", length = CITY_LENGTH)
    private String city;

    @Column(name = "postal_code", length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Column(name = "website", length = WEBSITE_LENGTH)
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
