package org.providernetwork.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;

/**
 * How the tables' exports are laid out ({@code options="#{exportOptions.pdf}"} on a PDF exporter): the PDF in
 * landscape with a smaller font, so that a table as wide as the screen's keeps its words whole.
 */
@Named
@ApplicationScoped
public class ExportOptions {

    public PDFOptions getPdf() {
        PDFOptions options = new PDFOptions();
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        options.setFacetFontSize("9");
        options.setFacetFontStyle("BOLD");
        options.setCellFontSize("8");
        return options;
    }
}
