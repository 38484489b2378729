/** Portal pages of outcome reports: the indicator dashboard with its drill-down. */
package org.providernetwork.portal.report;
