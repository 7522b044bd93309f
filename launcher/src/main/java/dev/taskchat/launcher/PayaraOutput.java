package dev.taskchat.launcher;

import java.util.regex.Pattern;

/**
 * Reads Payara Micro's console output, line by line, for the three things the launcher acts on: the WAR was
 * deployed, something failed, the server is ready. Payara Micro prints "ready" even when the deployment
 * failed (and "Deployed 1 archive(s)" too), so ready counts as success only after an explicit
 * "successfully deployed" and no failure.
 */
final class PayaraOutput {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Pattern READY = Pattern.compile("Payara Micro .* ready in ");
    private static final Pattern DEPLOYED = Pattern.compile(" was successfully deployed in ");
    private static final Pattern FAILURE = Pattern.compile(
            "Exception while loading the app|Failed to deploy|deployment failed|Deployment of .* failed"
                    + "|Address already in use|Cannot deploy",
            Pattern.CASE_INSENSITIVE);

    private boolean deployed;
    private boolean ready;
    private String failure;

    /** Takes one line of output; returns it without colour codes. */
    String accept(String rawLine) {
        String line = ANSI.matcher(rawLine).replaceAll("");
        if (DEPLOYED.matcher(line).find()) {
            deployed = true;
        }
        if (FAILURE.matcher(line).find() && (failure == null || betterReason(line))) {
            failure = line.strip();
        }
        if (READY.matcher(line).find()) {
            ready = true;
        }
        return line;
    }

    /** Payara states the cause on a later line ("Exception while loading the app : CDI deployment failure..."). */
    private boolean betterReason(String line) {
        return !failure.contains(" : ") && line.contains(" : ");
    }

    boolean ready() {
        return ready;
    }

    /** Ready with the WAR deployed and nothing failed. */
    boolean succeeded() {
        return ready && deployed && failure == null;
    }

    /** The line that best explains the failure, or null. */
    String failure() {
        return failure;
    }
}
