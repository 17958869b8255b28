/**
 * The JSON screening API: answers in, the placement suggestion out, and RFC 9457 problem
 * details for anything that is not a valid set of answers.
 */
package org.iopfit.api;
