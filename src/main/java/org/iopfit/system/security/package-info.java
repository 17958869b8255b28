/**
 * How a request is let in, before any feature sees it: https, the body's size, the
 * security headers and CSRF tokens of both filter chains, and the public pages' chain.
 */
package org.iopfit.system.security;
