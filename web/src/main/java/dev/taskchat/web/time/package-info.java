/** How the API writes and reads dates and times: instants with the user's offset, local dates and times. */
package dev.taskchat.web.time;
