/**
 * Loading the generated demo network into an empty database (the embedded default, test databases,
 * benchmark databases).
 */
package org.providernetwork.service.demo;
