/** Repository adapter for tags, with their usage counts computed in SQL. */
package dev.taskchat.persistence.tag;
