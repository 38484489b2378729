/**
 * How callers prove who they are: the portal's sign-in form (local accounts), HTTP Basic for the API
 * in the embedded default, and the signed-in user as pages see it.
 */
package org.providernetwork.portal.security;
