package dev.taskchat.persistence;

import dev.taskchat.migrations.Migrations;
import dev.taskchat.migrations.embedded.EmbeddedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One real PostgreSQL for the whole test run, built by the real migrations, and the application's JPA
 * mapping on top of it. Tests keep apart by using users of their own, not by cleaning up.
 */
public final class TestDatabase {
    private static EmbeddedDatabase server;
    private static EntityManagerFactory factory;

    private TestDatabase() {}

    public static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            server = EmbeddedDatabase.throwaway(Path.of("target")).start();
            new Migrations(server.jdbcUrl(), server.user(), server.password()).migrate();
            factory = Persistence.createEntityManagerFactory(
                    "taskchat-test",
                    Map.of(
                            "jakarta.persistence.jdbc.url", server.jdbcUrl(),
                            "jakarta.persistence.jdbc.user", server.user(),
                            "jakarta.persistence.jdbc.password", server.password()));
            Runtime.getRuntime().addShutdownHook(new Thread(factory::close));
        }
        return factory;
    }

    /** Runs {@code work} in a transaction of its own entity manager and commits. */
    public static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Like {@link #inTransaction(Function)}, for work that returns nothing. */
    public static void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** A plain JDBC connection, for looking at the database without JPA in between. */
    public static Connection connect() throws SQLException {
        factory();
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }

    /** A database of its own on the test server, built by the real migrations: for a test that alters its schema. */
    public record Throwaway(String url, String user, String password) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** Creates and migrates a database named {@code name} (lower-case letters, digits and _, new per run). */
    public static synchronized Throwaway throwaway(String name) {
        factory();
        String url = server.createDatabase(name);
        new Migrations(url, server.user(), server.password()).migrate();
        return new Throwaway(url, server.user(), server.password());
    }

    /** Inserts a user straight into the table and returns its id; tests use one per case to keep apart. */
    public static long newUser() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery(
                    "insert into users (email, password_hash, name, time_zone, created_at) values ('u-' || gen_random_uuid()"
                            + " || '@example.com', 'x', 'Test', 'Europe/Berlin', now()) returning id");
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
