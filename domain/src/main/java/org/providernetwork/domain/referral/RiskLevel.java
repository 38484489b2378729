package org.providernetwork.domain.referral;

/** The assessed safety risk of the child or family. */
public enum RiskLevel {
    LOW, MODERATE, HIGH
}
