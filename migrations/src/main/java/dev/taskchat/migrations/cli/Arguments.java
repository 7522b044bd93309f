package dev.taskchat.migrations.cli;

import dev.taskchat.migrations.lock.LongTransactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line. Connection settings fall back to the environment variables the WAR uses, so one
 * set of variables serves both the migration step and the server.
 *
 * @param command migrate, info, validate, plan or lint
 * @param target the version to stop at ({@code migrate} only), or null for all
 * @param paths the files and folders {@code lint} checks; empty for the shipped scripts
 * @param allowContract {@code migrate} only: why a contract may run although the contract guard refuses it, or
 *     null to respect the guard
 * @param transactionWait {@code migrate} only: how long to wait for long transactions on the tables a script
 *     locks against writes, or null for {@link LongTransactions.Policy#DEFAULT}
 */
record Arguments(
        String command,
        String url,
        String user,
        String password,
        String target,
        List<String> paths,
        String allowContract,
        Duration transactionWait) {

    static final List<String> COMMANDS = List.of("migrate", "info", "validate", "plan", "lint");

    Arguments {
        paths = List.copyOf(paths);
    }

    /** Returns null when help was asked for. */
    static Arguments parse(String[] args, Map<String, String> environment) throws UsageException {
        String command = null;
        String url = null;
        String user = null;
        String password = null;
        String target = null;
        String allowContract = null;
        String transactionWait = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                return null;
            }
            if (arg.startsWith("--")) {
                String name = arg;
                String value;
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(arg + " needs a value");
                }
                switch (name) {
                    case "--url" -> url = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    case "--target" -> target = value;
                    case "--allow-contract" -> allowContract = value;
                    case "--wait-for-transactions" -> transactionWait = value;
                    default -> throw new UsageException("unknown option " + name);
                }
            } else if (command == null) {
                if (!COMMANDS.contains(arg)) {
                    throw new UsageException("unknown command '" + arg + "'");
                }
                command = arg;
            } else if (command.equals("lint")) {
                paths.add(arg);
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        if (command == null) {
            throw new UsageException("no command given");
        }
        if (target != null && !command.equals("migrate")) {
            throw new UsageException("--target only applies to migrate");
        }
        if (target != null && !target.matches("\\d+(\\.\\d+)*")) {
            throw new UsageException("--target must be a version such as 2 or 2.1, not '" + target + "'");
        }
        if (allowContract != null && !command.equals("migrate")) {
            throw new UsageException("--allow-contract only applies to migrate");
        }
        if (allowContract != null && allowContract.isBlank()) {
            // the reason is the point: it is printed and logged for whoever asks later why the contract ran
            throw new UsageException("--allow-contract needs a reason, e.g. --allow-contract \"old instances are"
                    + " drained, the rows left are from a crashed host\"");
        }
        if (transactionWait != null && !command.equals("migrate")) {
            throw new UsageException("--wait-for-transactions only applies to migrate");
        }
        Duration wait = transactionWait == null ? null : seconds("--wait-for-transactions", transactionWait, 3600);
        if (command.equals("lint")) {
            if (url != null || user != null || password != null) {
                throw new UsageException("lint reads scripts, not a database: it takes no --url, --user or --password");
            }
            return new Arguments(command, null, null, null, null, paths, null, null);
        }
        url = url != null ? url : blankToNull(environment.get("DB_URL"));
        user = user != null ? user : blankToNull(environment.get("DB_USER"));
        password = password != null ? password : environment.get("DB_PASSWORD");
        if (url == null) {
            throw new UsageException("no database given: pass --url or set DB_URL");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new UsageException("the URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        return new Arguments(command, url, user, password, target, paths, allowContract, wait);
    }

    private static Duration seconds(String option, String value, int most) throws UsageException {
        if (value.matches("\\d{1,9}") && Integer.parseInt(value) <= most) {
            return Duration.ofSeconds(Integer.parseInt(value));
        }
        throw new UsageException(option + " must be a number of seconds from 0 to " + most + ", not '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        // never print the password, whatever prints this record
        return "Arguments[command=" + command + ", url=" + url + ", user=" + user + ", target=" + target + ", paths="
                + paths + ", allowContract=" + allowContract + ", transactionWait=" + transactionWait + "]";
    }
}
