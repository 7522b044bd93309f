/**
 * Reading request bodies: a size-bounded JSON parse that fails with a problem instead of an exception
 * from the parser, and typed field access that reports every wrong field at once.
 */
package dev.taskchat.web.json;
