/** The portal's frame: home pages per role, what the layout needs, error pages, dates as people type them. */
package org.providernetwork.portal.shell;
