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
            // SO_REUSEADDR, as Payara binds: a socket still in TIME_WAIT from earlier connections (after a
            // benchmark, after the last run) does not stop a server, but a listening socket on any address
            // still makes the bind fail on Linux
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
