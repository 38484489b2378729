package org.providernetwork.domain.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.providernetwork.domain.shared.InvalidInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CountyFipsTest {

    @Test
    void acceptsFiveDigitsAndKnowsItsState() {
        CountyFips adams = CountyFips.of(" 28001 ");
        assertEquals("28001", adams.value());
        assertEquals("28", adams.stateFips());
        assertEquals(CountyFips.of("28001"), adams);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "2800", "280011", "28A01", "99-01"})
    void rejectsAnythingElseWithTheFieldName(String value) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CountyFips.of(value));
        assertEquals("countyFips", e.field());
    }
}
