/**
 * The browser chat (the WAR's static page at its context root) in a real headless Chromium driven by Selenium:
 * forms, chat, task cards, escaping, history after a reload, a 360 px screen, and reconnecting after a network
 * drop. {@link dev.taskchat.it.browser.BrowserChatTests} runs as the {@code Browser} {@code @Nested} class of
 * {@link dev.taskchat.it.rest.RestApiIT}, sharing its one deployment; without Chromium its tests are skipped.
 */
package dev.taskchat.it.browser;
