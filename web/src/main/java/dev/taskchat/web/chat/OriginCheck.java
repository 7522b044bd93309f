package dev.taskchat.web.chat;

import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses WebSocket handshakes from pages of other sites. Browsers send {@code Origin}; it must be a
 * loopback address (the run command, tests) or one listed in {@code taskchat.allowed-origins}
 * (comma-separated, e.g. {@code https://tasks.example.com}). Clients that are not browsers send no
 * Origin and are let through: they authenticate with a token like everyone else.
 */
public class OriginCheck extends ServerEndpointConfig.Configurator {
    private static final Logger LOG = Logger.getLogger(OriginCheck.class.getName());
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Override
    public boolean checkOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        boolean allowed =
                isLoopback(origin) || allowedOrigins().contains(origin.strip().toLowerCase(Locale.ROOT));
        if (!allowed) {
            LOG.warning("Refused a chat WebSocket from origin " + origin
                    + "; list it in taskchat.allowed-origins if it is this application's address");
        }
        return allowed;
    }

    private static boolean isLoopback(String origin) {
        try {
            String host = URI.create(origin.strip()).getHost();
            return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> allowedOrigins() {
        String configured = ConfigProvider.getConfig()
                .getOptionalValue("taskchat.allowed-origins", String.class)
                .orElse("");
        return Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> value.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
