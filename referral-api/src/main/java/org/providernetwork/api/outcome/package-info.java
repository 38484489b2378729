/**
 * Outcomes in the API, named as the services name them: the indicator reports ({@code /reports}), the outcome extract
 * import ({@code /imports/afcars}) and the case record of a referral's children ({@code /referrals/{id}/outcomes}).
 * The paths keep the words their clients use; the code says outcome.
 */
package org.providernetwork.api.outcome;
