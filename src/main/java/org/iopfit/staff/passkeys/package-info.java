/**
 * Passkeys (WebAuthn) as the second factor: Spring Security's passkey endpoints in the
 * staff chain, the relying party, registration options kept in the database session, and
 * every new passkey audited and given its recovery codes.
 */
package org.iopfit.staff.passkeys;
