package org.providernetwork.service.imports;

import java.io.Serializable;
import java.util.List;

/**
 * The validation report of an import file: how many rows of each kind it holds and every problem found.
 * A file with any problem is not imported at all.
 */
public record ImportReport(int rows, int organisations, int offerings, int capacities, List<RowError> errors)
        implements Serializable {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
