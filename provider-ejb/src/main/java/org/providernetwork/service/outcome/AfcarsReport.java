package org.providernetwork.service.outcome;

import org.providernetwork.service.imports.RowError;

import java.io.Serializable;
import java.util.List;

/**
 * What an extract holds and what is wrong with it: one error per offending value, named by file, row (the
 * header is row 1) and column. Valid when there is no error.
 */
public record AfcarsReport(int children, int episodes, int placements, int maltreatment, List<RowError> errors)
        implements Serializable {

    public AfcarsReport {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
