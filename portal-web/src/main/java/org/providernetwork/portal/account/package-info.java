/** Portal pages of the people of the network (tenant-owned: scoped to the signed-in organisation). */
package org.providernetwork.portal.account;
