/**
 * Integration tests of the deployed portal: the real war on Payara Micro against the real MariaDB
 * server (Arquillian), the embedded default started as the README starts it, and a real browser.
 */
package org.providernetwork.portal.it;
