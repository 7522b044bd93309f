package dev.taskchat.domain.assistant;

/** "help" or "?": the reply lists what the assistant understands (see {@link Describe#help()}). */
public record Help() implements Command {}
