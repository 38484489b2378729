package org.providernetwork.domain.shared;

/**
 * Which slice of a list the caller wants: zero-based page index, page size and sort order.
 * Sizes are bounded so that no request can ask the database for an unbounded list.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 25;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "page " + page + " is beyond the end of any list");
        }
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null, true);
    }

    public int offset() {
        return page * size;
    }

    public PageRequest sortedBy(String field, boolean asc) {
        return new PageRequest(page, size, field, asc);
    }
}
