/** Attribute converters shared by the mapping, and the translation of database errors into domain ones. */
package dev.taskchat.persistence.mapping;
