/**
 * Staff accounts and how they sign in: usernames, roles, password hashing and policy,
 * locking after wrong passwords, and the sessions that end when an account changes.
 */
package org.iopfit.staff;
