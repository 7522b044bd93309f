package dev.taskchat.persistence.drift;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The application's mapping ({@value #MAPPING_FILE}) as a persistence unit built in code, for the drift command
 * outside the server: no JNDI data source, no JTA, and no {@code persistence.xml} to find (the module's own
 * unit is the WAR's and stays as it is). EclipseLink only validates the mapping: it never connects, so it can
 * neither read nor change the schema; the command reads {@code information_schema} over JDBC itself.
 */
final class DriftPersistenceUnit implements PersistenceUnitInfo {

    static final String MAPPING_FILE = "META-INF/taskchat-orm.xml";

    private DriftPersistenceUnit() {}

    /** The deployed mapping; close it when done. */
    static EntityManagerFactory mapping() {
        return new PersistenceProvider().createContainerEntityManagerFactory(new DriftPersistenceUnit(), null);
    }

    @Override
    public String getPersistenceUnitName() {
        return "taskchat-drift";
    }

    @Override
    public String getPersistenceProviderClassName() {
        return PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return null;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of(MAPPING_FILE);
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        // the jar (or classes directory) holding the mapping file
        return DriftPersistenceUnit.class.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    public List<String> getManagedClassNames() {
        return List.of();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        Properties properties = new Properties();
        properties.setProperty("eclipselink.target-database", "PostgreSQL");
        // deploy the mapping without logging in: descriptors, converters and all, but no connection
        properties.setProperty("eclipselink.validation-only", "true");
        properties.setProperty("jakarta.persistence.schema-generation.database.action", "none");
        properties.setProperty("eclipselink.weaving", "false");
        properties.setProperty("eclipselink.logging.level", "WARNING");
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return DriftPersistenceUnit.class.getClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no weaving: the drift check reads descriptors and never loads or saves an entity
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return getClassLoader();
    }
}
