package dev.taskchat.migrations.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The phase of every script: its {@code -- phase:} header, or for the scripts written before headers
 * existed, the entry in {@code db/phases.properties}.
 *
 * <p>Why a list and not headers for those: Flyway's checksum covers every line of a script, comments too.
 * Adding a header to an applied script would make every database that applied it (developers'
 * {@code .taskchat/postgres} included) fail validation, which {@code migrate} runs first. So the old
 * scripts stay byte for byte as applied, and their phase is written down beside them. The list is closed:
 * a newer script must declare its phase in its header, and a script must not be in both places.
 */
public final class Phases {

    /** Where the list of scripts that predate headers lives on the classpath. */
    public static final String LEGACY_RESOURCE = "db/phases.properties";

    private final Map<String, Phase> legacy;

    /** {@code legacy}: script file name → phase, for scripts without a header. */
    public Phases(Map<String, Phase> legacy) {
        this.legacy = Map.copyOf(legacy);
    }

    /** The phases of the scripts this module ships. */
    public static Phases shipped() {
        return new Phases(load(Phases.class.getClassLoader()));
    }

    /** The phase of a script, from its header or the legacy list; empty when it declares none. */
    public Optional<Phase> of(MigrationScript script) {
        Optional<Phase> declared = script.header().declaredPhase();
        return declared.isPresent() ? declared : Optional.ofNullable(legacy.get(script.name()));
    }

    /** True when the script's phase comes from the legacy list. */
    public boolean listed(MigrationScript script) {
        return legacy.containsKey(script.name());
    }

    /** The scripts the legacy list names, with their phases, ordered by name. */
    public Map<String, Phase> legacy() {
        return new TreeMap<>(legacy);
    }

    static Map<String, Phase> load(ClassLoader classLoader) {
        Properties properties = new Properties();
        try (InputStream stream = classLoader.getResourceAsStream(LEGACY_RESOURCE)) {
            if (stream == null) {
                return Map.of();
            }
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LEGACY_RESOURCE, e);
        }
        Map<String, Phase> phases = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name);
            phases.put(
                    name,
                    Phase.fromWord(value)
                            .orElseThrow(() -> new IllegalStateException(LEGACY_RESOURCE + ": unknown phase '" + value
                                    + "' for " + name + " (expand or contract)")));
        }
        return phases;
    }
}
