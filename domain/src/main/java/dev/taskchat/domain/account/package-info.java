/**
 * Accounts: users with their e-mail address, display name and IANA time zone, and the bearer tokens
 * that sign them in (random secrets of which only a hash is kept). Ports for both live here.
 */
package dev.taskchat.domain.account;
