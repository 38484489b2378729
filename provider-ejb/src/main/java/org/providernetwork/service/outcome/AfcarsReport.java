package org.providernetwork.service.outcome;

import org.providernetwork.service.imports.RowError;

import java.io.Serializable;
import java.util.List;

/**
 * What an extract holds, what is wrong with it and what it changes: one error per offending value, named by file,
 * row (the header is row 1) and column; the extract's format (1 or 2); and, when valid, what writing it changes in
 * the outcome history. Valid when there is no error.
 */
public record AfcarsReport(int children, int episodes, int placements, int maltreatment, List<RowError> errors, int format,
                           AfcarsChanges changes) implements Serializable {

    public AfcarsReport {
        errors = List.copyOf(errors);
        changes = changes == null ? AfcarsChanges.NONE : changes;
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
