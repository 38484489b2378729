/** The directory over HTTP in Open Referral HSDS 3.1 form: paged services and organizations, taxonomy terms, a whole export. */
package org.providernetwork.api.export;
