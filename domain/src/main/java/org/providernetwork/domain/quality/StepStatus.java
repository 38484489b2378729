package org.providernetwork.domain.quality;

/** The status of an action step; done and dropped steps are finished. */
public enum StepStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DROPPED;

    public boolean isFinished() {
        return this == DONE || this == DROPPED;
    }
}
