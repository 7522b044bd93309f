package dev.taskchat.it.support;

import java.io.File;
import java.net.URI;
import java.util.List;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Where the WAR under test answers, recorded by an Arquillian extension when it is deployed.
 *
 * <p>Why not {@code @ArquillianResource URL}: Arquillian injects it only into the instance of the class that
 * declares the deployment, while the tests live in {@code @Nested} classes sharing that one deployment. The
 * recorded address uses the loopback interface and the port Payara reported: Payara listens on every
 * interface but reports the host's own address, and these tests must only talk to this machine over loopback.
 */
public final class DeployedApplication implements LoadableExtension {

    /** The file name decides the context root: {@code /taskchat}, as in production. */
    public static final String ARCHIVE_NAME = "taskchat.war";

    private static volatile URI baseUri;
    private static volatile List<URI> targets;

    /** The WAR exactly as the web module built it (copied into target/deployments by the build). */
    public static WebArchive builtWar() {
        File war = new File(System.getProperty("taskchat.it.war", "target/deployments/taskchat-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "the WAR under test is missing: " + war.getAbsolutePath() + " (build the web module first)");
        }
        return ShrinkWrap.create(ZipImporter.class, ARCHIVE_NAME)
                .importFrom(war)
                .as(WebArchive.class);
    }

    /**
     * Where {@link Api#deployed()} sends requests from now on, in turns: for tests that start their own Payara
     * Micro processes rather than an Arquillian deployment.
     */
    public static void useTargets(List<URI> baseUris) {
        targets = List.copyOf(baseUris);
    }

    /** The base URIs requests go to: the targets set by {@link #useTargets}, else the Arquillian deployment. */
    static List<URI> baseUris() {
        List<URI> chosen = targets;
        return chosen != null ? chosen : List.of(baseUri());
    }

    /** {@code http://127.0.0.1:<port>/taskchat/}; fails when nothing was deployed in this JVM. */
    public static URI baseUri() {
        URI uri = baseUri;
        if (uri == null) {
            throw new IllegalStateException(
                    "no deployment recorded: run the tests through their Arquillian test class");
        }
        return uri;
    }

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Recorder.class);
    }

    /** Observes every deployment and keeps the address of its web context. */
    public static final class Recorder {

        @Inject
        private Instance<ProtocolMetaData> protocolMetaData;

        public void afterDeploy(@Observes AfterDeploy event) {
            ProtocolMetaData metaData = protocolMetaData.get();
            if (metaData == null || !metaData.hasContext(HTTPContext.class)) {
                throw new IllegalStateException("the container reported no HTTP address for " + event.getDeployment());
            }
            HTTPContext http =
                    metaData.getContexts(HTTPContext.class).iterator().next();
            String contextRoot = http.getServlets().stream()
                    .map(Servlet::getContextRoot)
                    .findFirst()
                    .orElse("/" + ARCHIVE_NAME.replace(".war", ""));
            String path = contextRoot.endsWith("/") ? contextRoot : contextRoot + "/";
            baseUri = URI.create("http://127.0.0.1:" + http.getPort() + (path.startsWith("/") ? path : "/" + path));
        }
    }
}
