/** Quality improvement over HTTP: the instrument, cycles, case reviews, reports, plans and stages. */
package org.providernetwork.api.quality;
