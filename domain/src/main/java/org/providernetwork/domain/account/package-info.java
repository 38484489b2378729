/**
 * User accounts: each belongs to exactly one organisation and holds portal roles that fit that
 * organisation's type. Local passwords are stored only as salted PBKDF2 hashes.
 */
package org.providernetwork.domain.account;
