package org.providernetwork.domain.quality;

/** Whom a reviewer interviewed about a case. */
public enum InterviewRole {
    CHILD("Child"), PARENT("Parent"), CASEWORKER("Caseworker"), PROVIDER("Provider"), RESOURCE_FAMILY("Resource family");

    private final String label;

    InterviewRole(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
