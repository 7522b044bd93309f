/**
 * What the black-box tests stand on: the private PostgreSQL started before Payara ({@link
 * dev.taskchat.it.support.PrivateDatabase}), the address of the deployed WAR ({@link
 * dev.taskchat.it.support.DeployedApplication}), and a small HTTP client ({@link dev.taskchat.it.support.Api},
 * {@link dev.taskchat.it.support.TestUser}) with JSON and problem+json helpers. No application class is used.
 */
package dev.taskchat.it.support;
