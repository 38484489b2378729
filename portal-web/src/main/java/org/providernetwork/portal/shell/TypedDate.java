package org.providernetwork.portal.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A date as a person types it: month/day/year (03/14/2012, 3/14/2012) or year-month-day (2012-03-14).
 * As a converter ({@code converter="typedDate"}) it keeps the text as typed, so that a date picker
 * never refuses a submit and a date that cannot be read is reported next to its field with the rest
 * of the form's problems, the text still in the field.
 */
@FacesConverter("typedDate")
public class TypedDate implements Converter<String> {

    /** How the portal writes a date a person types or picks. */
    public static final String PATTERN = "MM/dd/yyyy";
    public static final String EXAMPLE = "03/14/2012";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M-d-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M.d.uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** The date the text names, if it names one in a usual format. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : READ) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** The date as the portal writes it (03/14/2012). */
    public static String format(LocalDate date) {
        return date == null ? null : SHOWN.format(date);
    }

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
