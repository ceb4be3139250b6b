package dev.passerelle.app.slack;

import dev.passerelle.app.ServerProcess;

/** How the build's end-to-end tests launch the server. */
final class TestServer {

    /**
     * The compiled classes (the jar is built after the tests), JIT tier 1 only: on two cores full
     * optimisation slows start-up far more than it speeds up these short runs.
     */
    static final ServerProcess.Launch LAUNCH = ServerProcess.Launch.testClassPath("-XX:TieredStopAtLevel=1",
            "-Xmx512m");

    private TestServer() {}
}
