/** Quality improvement pages: overview, cycles, the case review form, region reports, plans and the timeline. */
package org.providernetwork.portal.quality;
