/**
 * RFC 9457 problem details: the stable problem types, one exception mapper per error family, and a
 * last-resort mapper that logs the stack trace under an incident id and answers with only that id.
 */
package dev.taskchat.web.problem;
