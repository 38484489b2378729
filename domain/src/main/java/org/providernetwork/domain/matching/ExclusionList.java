package org.providernetwork.domain.matching;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The exclusions of one match, kept as two parallel arrays (offering, constraint) instead of one
 * {@link Exclusion} object per excluded offering: a match over tens of thousands of offerings excludes
 * almost all of them, and most results are only counted or looked up, never read in full. Each
 * {@link #get} makes the {@link Exclusion}, equal to the one made before. Immutable.
 */
final class ExclusionList extends AbstractList<Exclusion> implements RandomAccess {

    private static final Constraint[] CONSTRAINTS = Constraint.values();

    private final MatchRequest request;
    private OfferingFacts[] offerings;
    private byte[] constraints;
    private int size;
    private boolean sealed;

    ExclusionList(MatchRequest request, int capacity) {
        this.request = request;
        this.offerings = new OfferingFacts[Math.max(capacity, 4)];
        this.constraints = new byte[offerings.length];
    }

    /** Adds an exclusion while the matcher builds the list; never after it has been handed out. */
    void add(OfferingFacts offering, Constraint constraint) {
        if (sealed) {
            throw new UnsupportedOperationException("exclusions are read-only");
        }
        if (size == offerings.length) {
            offerings = Arrays.copyOf(offerings, size * 2);
            constraints = Arrays.copyOf(constraints, size * 2);
        }
        offerings[size] = offering;
        constraints[size] = (byte) constraint.ordinal();
        size++;
    }

    ExclusionList seal() {
        sealed = true;
        return this;
    }

    @Override
    public Exclusion get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return new Exclusion(offerings[index], CONSTRAINTS[constraints[index]], request);
    }

    @Override
    public int size() {
        return size;
    }
}
