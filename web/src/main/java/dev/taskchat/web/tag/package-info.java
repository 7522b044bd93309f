/** Tags over HTTP: the list with counts, rename and delete. */
package dev.taskchat.web.tag;
