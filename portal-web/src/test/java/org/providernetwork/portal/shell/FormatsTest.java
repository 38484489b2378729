package org.providernetwork.portal.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    @Test
    void placesInAnOrderReadAsPeopleSayThem() {
        assertEquals("1st", Formats.ordinal(1));
        assertEquals("2nd", Formats.ordinal(2));
        assertEquals("3rd", Formats.ordinal(3));
        assertEquals("4th", Formats.ordinal(4));
        assertEquals("11th", Formats.ordinal(11));
        assertEquals("12th", Formats.ordinal(12));
        assertEquals("13th", Formats.ordinal(13));
        assertEquals("21st", Formats.ordinal(21));
        assertEquals("22nd", Formats.ordinal(22));
        assertEquals("111th", Formats.ordinal(111));
        assertEquals("101st", Formats.ordinal(101));
    }

    @Test
    void aPlaceInTheQueueSaysWhoIsNextAndHowManyAreAhead() {
        Formats formats = new Formats();
        assertEquals("1st in the queue: the next free place is offered to it", formats.queuePlace(1));
        assertEquals("3rd in the queue, 2 ahead of it", formats.queuePlace(3));
    }
}
