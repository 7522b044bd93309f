package dev.taskchat.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source, by JNDI name {@value #JNDI_NAME}. Its URL and credentials come from
 * MicroProfile Config: {@code db.url}, {@code db.user}, {@code db.password} — in practice the
 * environment variables {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}.
 */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "ApplicationName=taskchat",
            // a connection that died (database restart) is detected and replaced, not handed out
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/taskchat";
}
