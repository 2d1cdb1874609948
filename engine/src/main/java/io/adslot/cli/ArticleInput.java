package io.adslot.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An article body read for a command: from a file or standard input, decoded as UTF-8 (malformed bytes
 * become U+FFFD, as a browser would show them).
 *
 * @param name what to call it in messages and as the article id
 * @param body the decoded text
 */
record ArticleInput(String name, String body) {

    /** Reads {@code arg} ({@code -} or null for standard input). */
    static ArticleInput read(String arg, Terminal terminal) throws IOException {
        if (arg == null || arg.equals("-")) {
            return new ArticleInput("<stdin>", decode(terminal.in().readAllBytes()));
        }
        Path path = terminal.resolve(arg);
        return new ArticleInput(arg, decode(Files.readAllBytes(path)));
    }

    static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
