/**
 * Limits per client address on sign-in, second-factor codes, the public reference codes
 * and call-backs, and code look-ups: Bucket4j's buckets, kept in the database so that
 * every instance applies one limit.
 */
package org.iopfit.limits;
