/** Referrals: intake, matching, offers and answers, atomic capacity holds, deadlines and unmet need. */
package org.providernetwork.service.referral;
