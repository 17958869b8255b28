/**
 * Cross-cutting setup used by every feature and using none: languages, error pages, pages
 * rendered once, private files, usernames and the provider's details.
 */
package org.iopfit.system;
