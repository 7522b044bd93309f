/**
 * The WAR: application services (the transaction boundary, shared by the REST API and the chat),
 * Jakarta REST resources, configuration and operations. One package per feature; resources stay thin.
 */
package dev.taskchat.web;
