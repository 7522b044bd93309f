package dev.taskchat.persistence.drift;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The database to check. The options fall back to the environment variables of the migrations command and the
 * WAR ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), so one set of variables serves all three.
 */
record DriftArguments(String url, String user, String password) {

    private static final List<String> OPTIONS = List.of("--url", "--user", "--password");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");

    /** Wrong usage: the message says what, the command prints the usage after it. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Returns null when help was asked for. */
    static DriftArguments parse(String[] args, Map<String, String> environment) throws UsageException {
        String url = null;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                return null;
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown option " + name);
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException(arg + " needs a value");
            }
            switch (name) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                default -> password = value;
            }
        }
        url = url != null ? url : blankToNull(environment.get("DB_URL"));
        user = user != null ? user : blankToNull(environment.get("DB_USER"));
        password = password != null ? password : environment.get("DB_PASSWORD");
        if (url == null) {
            throw new UsageException("no database given: set DB_URL or pass --url");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new UsageException("the URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        return new DriftArguments(url, user, password);
    }

    /** The URL with any {@code password=} parameter masked, for printing. */
    String displayUrl() {
        return redact(url);
    }

    /** Masks every {@code password=} parameter in a text: the URL, or a driver message quoting it. */
    static String redact(String text) {
        return text == null ? null : PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        // never print the password, whatever prints this record
        return "DriftArguments[url=" + displayUrl() + ", user=" + user + "]";
    }
}
