package org.providernetwork.api.imports;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.providernetwork.service.imports.ImportReport;
import org.providernetwork.service.imports.RowError;

import java.util.List;

/** The validation report of a file: whether it can be imported, what it holds, and every problem. */
@JsonbPropertyOrder({"valid", "rows", "organisations", "offerings", "capacities", "errors"})
public record ImportReportDto(boolean valid, int rows, int organisations, int offerings, int capacities,
                              List<RowError> errors) {

    public static ImportReportDto from(ImportReport report) {
        return new ImportReportDto(report.valid(), report.rows(), report.organisations(), report.offerings(),
                report.capacities(), report.errors());
    }
}
