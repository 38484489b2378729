package org.providernetwork.domain.shared;

/**
 * How large an uploaded file may be, one limit per kind of import, read by the API's resources and the
 * portal's pages alike. The container's own ceiling on a multipart upload ({@code max-file-size} and
 * {@code max-request-size} in the portal's {@code web.xml}) is {@link #LARGEST_FILE_BYTES} and
 * {@link #LARGEST_REQUEST_BYTES}; a test keeps them equal.
 */
public final class UploadLimits {

    /** Bytes in a megabyte, as the limits are written. */
    public static final int MEGABYTE = 1024 * 1024;

    /** The bulk import of providers, offerings and capacity: one CSV file or xlsx workbook ({@code docs/bulk-import.md}). */
    public static final int BULK_IMPORT_MEGABYTES = 5;
    public static final int BULK_IMPORT_BYTES = BULK_IMPORT_MEGABYTES * MEGABYTE;

    /** An outcome extract: each of its four CSV files ({@code docs/outcome-data.md}). */
    public static final int OUTCOME_EXTRACT_FILE_MEGABYTES = 50;
    public static final int OUTCOME_EXTRACT_FILE_BYTES = OUTCOME_EXTRACT_FILE_MEGABYTES * MEGABYTE;
    /** The files of one outcome extract. */
    public static final int OUTCOME_EXTRACT_FILES = 4;

    /** The largest file any upload accepts. */
    public static final int LARGEST_FILE_BYTES = Math.max(BULK_IMPORT_BYTES, OUTCOME_EXTRACT_FILE_BYTES);
    /** The largest upload request: the files of an outcome extract, and a megabyte for the rest of the form. */
    public static final int LARGEST_REQUEST_BYTES = OUTCOME_EXTRACT_FILES * OUTCOME_EXTRACT_FILE_BYTES + MEGABYTE;

    private UploadLimits() {
    }

    /** The message of a file over a limit given in megabytes. */
    public static String tooLarge(int megabytes) {
        return "a file has at most " + megabytes + " MB; split it";
    }
}
