package dev.taskchat.web.tag;

import java.util.List;

/** All of a user's tags, by name. */
public record TagListView(List<TagView> items) {}
