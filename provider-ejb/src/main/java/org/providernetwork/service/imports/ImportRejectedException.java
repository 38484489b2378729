package org.providernetwork.service.imports;

import org.providernetwork.domain.shared.InvalidInputException;

/** An import file with at least one invalid row: nothing was written. Carries the full report. */
public class ImportRejectedException extends InvalidInputException {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super("file", report.errors().size() == 1 ? "1 problem in the file; nothing was imported"
                : report.errors().size() + " problems in the file; nothing was imported");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
