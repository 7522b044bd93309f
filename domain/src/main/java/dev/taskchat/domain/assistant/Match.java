package dev.taskchat.domain.assistant;

/** A phrase read from the tokens: its value and the index of the first token after it. */
record Match<T>(T value, int end) {}
