/**
 * Accounts over HTTP: registration, login and logout, {@code /api/me}, and the bearer-token filter
 * that establishes the {@link dev.taskchat.web.account.Caller} of every other request.
 */
package dev.taskchat.web.account;
