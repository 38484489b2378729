/**
 * The network directory: searching organisations with paging in the database, registering new ones,
 * and the per-role summaries shown on home pages.
 */
package org.providernetwork.service.network;
