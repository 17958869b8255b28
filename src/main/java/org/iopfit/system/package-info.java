/**
 * Cross-cutting setup: security headers, languages, error pages and the provider's
 * details.
 */
package org.iopfit.system;
