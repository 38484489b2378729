package org.providernetwork.service.imports;

import java.io.Serializable;

/** What an applied import wrote, and how long the write took. */
public record ImportResult(int organisationsCreated, int offeringsCreated, int capacitiesDeclared, long millis)
        implements Serializable {
}
