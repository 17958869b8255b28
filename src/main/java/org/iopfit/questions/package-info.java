/**
 * The questions of the screening, defined once: their property paths, kinds, choices and
 * pages, how a raw answer is read and checked, and the answers given so far with the
 * bytes they are stored as. The pages, the JSON API and the OpenAPI description all
 * derive from this table. Plain Java.
 */
package org.iopfit.questions;
