/**
 * How long records are kept: each kind of record defines its retention rule, and one
 * nightly job, holding a lock so that one instance runs it, deletes what is past its
 * period and writes what it deleted to the audit log.
 */
package org.iopfit.retention;
