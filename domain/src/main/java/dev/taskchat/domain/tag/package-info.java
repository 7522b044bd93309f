/**
 * Tags: per-user, lower-cased names created on first use, with rename, delete and usage counts. The
 * {@link dev.taskchat.domain.tag.TagRepository} port lives here.
 */
package dev.taskchat.domain.tag;
