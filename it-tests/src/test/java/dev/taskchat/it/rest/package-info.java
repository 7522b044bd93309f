/**
 * The REST contract of docs/API.md, tested over HTTP against the built WAR on Payara Micro and PostgreSQL.
 * {@link dev.taskchat.it.rest.RestApiIT} deploys the WAR once; each feature's tests live in their own
 * {@code *Tests} class and run as one of its {@code @Nested} classes. Every test registers its own users, so
 * the tests are independent of each other and of their order.
 */
package dev.taskchat.it.rest;
