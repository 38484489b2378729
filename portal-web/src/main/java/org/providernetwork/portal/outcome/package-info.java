/**
 * Portal pages of outcomes, named as the services name them: the indicator dashboard with its drill-down, the
 * outcome extract import and a referral's case record. Page addresses keep the words people bookmarked.
 */
package org.providernetwork.portal.outcome;
