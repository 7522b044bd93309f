package dev.taskchat.web.instance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Logger;

/** The version of this build, from {@code build.properties}, which Maven fills in with the project's version. */
final class AppVersion {
    private static final Logger LOG = Logger.getLogger(AppVersion.class.getName());
    private static final String UNKNOWN = "unknown";

    private AppVersion() {}

    static String current() {
        try (InputStream stream = AppVersion.class.getResourceAsStream("build.properties")) {
            if (stream == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(stream);
            String version = properties.getProperty("app.version", UNKNOWN).strip();
            // unfiltered (run from an IDE without Maven's resource step): the placeholder says nothing
            return version.isEmpty() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            LOG.warning("Taskchat: cannot read the build's version: " + e);
            return UNKNOWN;
        }
    }
}
