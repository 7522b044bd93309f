package dev.taskchat.migrations.cli;

import dev.taskchat.migrations.lock.LockRetry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code --lock-retries N} (migrate only): how many times in all a migration is tried when its DDL gives up
 * waiting for a lock. Taken out of the command line before {@link Arguments} reads the rest.
 *
 * @param rest the command line without the option
 * @param retry the policy: {@link LockRetry#DEFAULT} unless given
 */
record LockRetriesOption(String[] rest, LockRetry retry) {

    static final String NAME = "--lock-retries";

    static LockRetriesOption extract(String[] args) throws UsageException {
        List<String> rest = new ArrayList<>();
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(NAME)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(NAME + " needs a value");
                }
                value = args[++i];
            } else if (args[i].startsWith(NAME + "=")) {
                value = args[i].substring(NAME.length() + 1);
            } else {
                rest.add(args[i]);
            }
        }
        if (value == null) {
            return new LockRetriesOption(args, LockRetry.DEFAULT);
        }
        if (!"migrate".equals(command(rest))) {
            throw new UsageException(NAME + " only applies to migrate");
        }
        int attempts;
        try {
            attempts = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            attempts = 0;
        }
        if (attempts < 1 || attempts > 20) {
            throw new UsageException(NAME + " must be a number of attempts from 1 to 20, not '" + value + "'");
        }
        return new LockRetriesOption(rest.toArray(String[]::new), LockRetry.attempts(attempts));
    }

    /** The first word that is neither an option nor an option's value. */
    private static String command(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (!arg.contains("=") && !arg.equals("--help")) {
                    i++;
                }
            } else {
                return arg;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "LockRetriesOption[" + Arrays.toString(rest) + ", " + retry + "]";
    }
}
