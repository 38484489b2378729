package org.providernetwork.domain.contract;

import java.math.BigDecimal;

/** Whether a performance target is a floor or a ceiling. */
public enum TargetDirection {
    AT_LEAST("at least"), AT_MOST("at most");

    private final String label;

    TargetDirection(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether a measured value meets a target in this direction. */
    public boolean met(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }
}
