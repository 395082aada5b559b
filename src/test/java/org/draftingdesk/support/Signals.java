package org.draftingdesk.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Sends POSIX signals, to inject faults into real processes. */
public final class Signals {

    private Signals() {}

    /** {@code kill -<signal>} to the process and all its descendants. */
    public static void toTree(String signal, long pid) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        ProcessHandle root = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        Stream.concat(Stream.of(root), root.descendants()).forEach(p -> command.add(Long.toString(p.pid())));
        run(command);
    }

    public static void to(String signal, long pid) {
        run(List.of("kill", "-" + signal, Long.toString(pid)));
    }

    private static void run(List<String> command) {
        try {
            Process kill = new ProcessBuilder(command).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException(command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
