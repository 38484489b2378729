/** The referrals resource. */
package org.providernetwork.api.referral;
