package org.providernetwork.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTest {

    @Test
    void countsPagesAndKnowsWhetherMoreFollow() {
        Page<String> page = new Page<>(List.of("a", "b"), 5, 1, 2);
        assertEquals(3, page.totalPages());
        assertTrue(page.hasNext());
        assertFalse(new Page<>(List.of("e"), 5, 2, 2).hasNext());
        assertEquals(List.of("A", "B"), page.map(String::toUpperCase).items());
    }

    @Test
    void pageRequestsAreBounded() {
        assertEquals(50, PageRequest.of(2, 25).offset());
        assertThrows(InvalidInputException.class, () -> PageRequest.of(-1, 25));
        assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 0));
        assertThrows(InvalidInputException.class, () -> PageRequest.of(0, PageRequest.MAX_SIZE + 1));
        assertThrows(InvalidInputException.class, () -> PageRequest.of(Integer.MAX_VALUE, 200));
    }
}
