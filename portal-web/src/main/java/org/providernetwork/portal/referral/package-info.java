/** Portal pages of referrals: intake, the lists (provider inbox, lead routing, state view), one referral, the gap report. */
package org.providernetwork.portal.referral;
