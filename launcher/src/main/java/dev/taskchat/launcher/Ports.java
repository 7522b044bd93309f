package dev.taskchat.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks the HTTP port before anything is started, so a busy port costs nothing but a message. */
final class Ports {

    private Ports() {}

    /** True when a server could listen on {@code port} on every interface, as Payara Micro will. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // no SO_REUSEADDR: a port someone listens on, on any address, must count as taken
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
