package dev.taskchat.persistence.drift;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.eclipse.persistence.jpa.JpaHelper;

/**
 * {@code java -jar taskchat-drift.jar}: compares the JPA mapping this build ships with the schema of a real
 * database and prints each difference. Run it after {@code migrate} and before deploying the WAR: a release
 * whose mapping needs columns the database lacks fails on its first query, not at deploy. It only reads the
 * schema, in a read-only transaction. See {@link #USAGE}.
 */
public final class DriftCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;

    static final String USAGE = """
            Usage: java -jar taskchat-drift.jar [options]

            Compares what the JPA mapping of this build expects (tables, columns, types, nullability) with the
            schema of a database, and prints each difference. Reads the schema only; changes nothing.

            Options:
              --url URL            PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/taskchat  (default: $DB_URL)
              --user USER          database user                                          (default: $DB_USER)
              --password PASSWORD  database password; prefer $DB_PASSWORD, the command line is visible to ps
              --help               show this text

            Exit status: 0 no drift; 1 drift found, or the check could not run (database unreachable); 2 wrong usage.
            """;

    private final PrintStream out;
    private final PrintStream err;

    DriftCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new DriftCommand(System.out, System.err).run(args, System.getenv()));
    }

    /** Runs the check and returns the exit status; never throws for a problem the operator can fix. */
    int run(String[] args, Map<String, String> environment) {
        DriftArguments arguments;
        try {
            arguments = DriftArguments.parse(args, environment);
        } catch (DriftArguments.UsageException e) {
            err.println("taskchat-drift: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return USAGE_ERROR;
        }
        if (arguments == null) {
            out.print(USAGE);
            return OK;
        }
        Connection connection;
        try {
            connection = connect(arguments);
        } catch (SQLException e) {
            err.println("taskchat-drift: cannot connect to PostgreSQL at " + arguments.displayUrl()
                    + (arguments.user() == null ? "" : " as " + arguments.user()) + ": "
                    + DriftArguments.redact(e.getMessage()));
            return FAILED;
        }
        try (connection) {
            return check(connection, arguments);
        } catch (SQLException e) {
            err.println("taskchat-drift: cannot read the schema of " + arguments.displayUrl() + ": "
                    + DriftArguments.redact(e.getMessage()));
            return FAILED;
        } catch (PersistenceException e) {
            err.println("taskchat-drift: the JPA mapping could not be loaded: " + e.getMessage());
            return FAILED;
        }
    }

    private int check(Connection connection, DriftArguments arguments) throws SQLException {
        DriftReport report;
        EntityManagerFactory mapping = DriftPersistenceUnit.mapping();
        try {
            report = new MappingDrift(JpaHelper.getServerSession(mapping)).compare(connection);
        } finally {
            mapping.close();
            connection.rollback();
        }
        out.println("Drift check of " + arguments.displayUrl()
                + (arguments.user() == null ? "" : " as " + arguments.user()));
        String checked = report.entities() + " entities, " + report.columns() + " columns checked";
        if (!report.hasDrift()) {
            out.println("no drift: " + checked);
            return OK;
        }
        int count = report.differences().size();
        out.println("DRIFT: " + count + " difference" + (count == 1 ? "" : "s")
                + " between the JPA mapping and the schema (" + checked + "):");
        for (String difference : report.differences()) {
            out.println("  - " + difference);
        }
        return FAILED;
    }

    private static Connection connect(DriftArguments arguments) throws SQLException {
        Properties properties = new Properties();
        if (arguments.user() != null) {
            properties.setProperty("user", arguments.user());
        }
        if (arguments.password() != null) {
            properties.setProperty("password", arguments.password());
        }
        Connection connection = DriverManager.getConnection(arguments.url(), properties);
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true); // the transaction is READ ONLY: the check cannot change anything
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }
}
