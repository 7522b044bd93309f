package dev.taskchat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aPortSomeoneListensOnIsNotFreeEvenOnlyOnLoopback() throws IOException {
        // Payara listens on every interface; a server bound to 127.0.0.1 alone still blocks it
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(Ports.isFree(taken.getLocalPort())).isFalse();
        }
    }

    @Test
    void aClosedPortIsFree() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(Ports.isFree(port)).isTrue();
    }

    @Test
    void connectionsLeftInTimeWaitDoNotMakeAPortBusy() throws IOException {
        int port;
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(0));
            port = server.getLocalPort();
            try (java.net.Socket client = new java.net.Socket(InetAddress.getLoopbackAddress(), port);
                    java.net.Socket accepted = server.accept()) {
                accepted.close(); // the server side closes first, so its end waits in TIME_WAIT on the port
                client.getInputStream().read();
            }
        }
        assertThat(Ports.isFree(port)).isTrue();
    }
}
