package org.providernetwork.domain.quality;

/** An improvement plan is open until every goal is met or withdrawn. */
public enum PlanStatus { OPEN, CLOSED }
