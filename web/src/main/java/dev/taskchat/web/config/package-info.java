/**
 * Wiring: the data source (configured through MicroProfile Config), the clock, the repository adapters
 * as CDI beans and the JSON-B settings. Nothing else in the WAR constructs infrastructure.
 */
package dev.taskchat.web.config;
