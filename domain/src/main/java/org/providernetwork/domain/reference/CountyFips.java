package org.providernetwork.domain.reference;

import org.providernetwork.domain.shared.InvalidInputException;

import java.util.regex.Pattern;

/** A five-digit county FIPS code: two digits of state, three of county (28001 is Adams County, Mississippi). */
public record CountyFips(String value) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    public CountyFips {
        if (value == null || !FIVE_DIGITS.matcher(value).matches()) {
            throw new InvalidInputException("countyFips",
                    "a county code is five digits (state and county FIPS), was '" + value + "'");
        }
    }

    public static CountyFips of(String value) {
        return new CountyFips(value == null ? null : value.trim());
    }

    public String stateFips() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
