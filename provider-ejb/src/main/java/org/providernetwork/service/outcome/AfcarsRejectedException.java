package org.providernetwork.service.outcome;

import org.providernetwork.domain.shared.InvalidInputException;

/** An extract with errors: nothing was written; the report names every problem. */
public class AfcarsRejectedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;
    private final transient AfcarsReport report;

    public AfcarsRejectedException(AfcarsReport report) {
        super("extract", report.errors().size() + " problem(s) in the extract; nothing was written");
        this.report = report;
    }

    public AfcarsReport report() {
        return report;
    }
}
