package io.adslot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The texts of {@code adslot help COMMAND}: one file per command under {@code adslot/cli/help/}, each with
 * the usage line, what the command does, every option and an example; and the version {@code --version}
 * prints. Kept as files so the help reads as it prints; a test checks each lists every option its command
 * accepts.
 */
final class CommandHelp {

    private static final String FOLDER = "adslot/cli/help/";

    private CommandHelp() {
    }

    /** The help text of a command, ending with a line break. */
    static String of(String command) {
        return read(FOLDER + command + ".txt");
    }

    /** The project version the jar was built from, such as {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = CommandHelp.class.getClassLoader().getResourceAsStream("adslot/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static String read(String resource) {
        try (InputStream in = CommandHelp.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no help file " + resource + " in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
