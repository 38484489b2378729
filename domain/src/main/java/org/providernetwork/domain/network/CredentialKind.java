package org.providernetwork.domain.network;

/** What a credential of an offering is: a state licence or an accreditation. */
public enum CredentialKind {
    LICENCE("Licence"), ACCREDITATION("Accreditation");

    private final String label;

    CredentialKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
