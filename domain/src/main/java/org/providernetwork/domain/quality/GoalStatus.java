package org.providernetwork.domain.quality;

/** A plan goal is open until it is met or withdrawn (with a reason). */
public enum GoalStatus { OPEN, MET, WITHDRAWN }
