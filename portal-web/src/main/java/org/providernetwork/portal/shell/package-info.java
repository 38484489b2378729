/** The portal's frame: home pages per role and what the layout needs. */
package org.providernetwork.portal.shell;
