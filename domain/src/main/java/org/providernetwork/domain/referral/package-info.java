/** Referrals: a child or sibling group with assessed needs, offered to matched services through a state machine. */
package org.providernetwork.domain.referral;
