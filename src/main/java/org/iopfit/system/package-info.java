/**
 * Cross-cutting setup used by every feature and using none: security headers and https,
 * CSRF, body limits, languages, error pages, private files and the provider's details.
 */
package org.iopfit.system;
