package org.providernetwork.domain.quality;

/** A cycle is planned until its sample is drawn, in review until it is closed. */
public enum CycleStatus { PLANNED, IN_REVIEW, CLOSED }
