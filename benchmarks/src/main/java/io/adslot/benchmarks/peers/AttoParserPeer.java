package io.adslot.benchmarks.peers;

import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.attoparser.AbstractChainedMarkupHandler;
import org.attoparser.IMarkupParser;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.output.OutputMarkupHandler;

/**
 * The event-based way: AttoParser streams parse events (no DOM) in its HTML configuration, which closes
 * elements the HTML way ({@code <p>} ends where a block starts). A chained handler tracks which open
 * elements are containers, counts the top-level paragraphs, and after the end of a chosen one (its
 * {@code </p>}, or the point where the parser closes it implicitly) writes the slot markup; AttoParser's
 * own {@link OutputMarkupHandler} writes every event back out, so the output is the input plus the slots.
 *
 * <p>Why it is a fair peer: AttoParser is a fast, allocation-light streaming parser (Thymeleaf's),
 * used the way its documentation shows; the output goes to an unsynchronized, pre-sized builder
 * rather than a {@code StringWriter}; tag names are compared in the parser's buffer without creating
 * strings.
 *
 * <p>AttoParser rejects some markup browsers accept (an attribute named {@code "}, for one); on such an
 * article this peer returns it unchanged, as a plugin must, having paid for the parse up to the error.
 */
public final class AttoParserPeer implements InsertionPeer {

    private final IMarkupParser parser = new MarkupParser(ParseConfiguration.htmlConfiguration());
    private final InsertionRule rule;
    private final String[] slots;
    private final int slotsLength;

    public AttoParserPeer(InsertionRule rule, List<String> slots) {
        this.rule = rule;
        this.slots = slots.toArray(new String[0]);
        this.slotsLength = SlotMarkup.totalLength(slots);
    }

    @Override
    public String insert(String body) {
        StringBuilder out = new StringBuilder(body.length() + slotsLength);
        try {
            parser.parse(body, new SlotInserter(new OutputMarkupHandler(new BuilderWriter(out)), out));
        } catch (ParseException e) {
            // What a plugin must do (and the engine does): never fail the page, serve the article as it is.
            return body;
        }
        return out.toString();
    }

    /** Element kinds kept on the open-element stack. */
    private static final byte CONTAINER = 0;
    private static final byte OTHER = 1;
    private static final byte PARAGRAPH = 2;
    private static final byte CHOSEN_PARAGRAPH = 3;

    /** Finds the chosen paragraphs in the event stream and writes the slots after them. */
    private final class SlotInserter extends AbstractChainedMarkupHandler {
        private final StringBuilder out;
        private byte[] open = new byte[64];
        private int depth;
        /** Open elements that are not containers: while positive, paragraphs are not top-level. */
        private int opaque;
        private int paragraphs;
        private int inserted;

        SlotInserter(OutputMarkupHandler output, StringBuilder out) {
            super(output);
            this.out = out;
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int nameOffset, int nameLen, int line, int col)
                throws ParseException {
            getNext().handleOpenElementStart(buffer, nameOffset, nameLen, line, col);
            push(classify(buffer, nameOffset, nameLen));
        }

        @Override
        public void handleAutoOpenElementStart(char[] buffer, int nameOffset, int nameLen, int line, int col)
                throws ParseException {
            getNext().handleAutoOpenElementStart(buffer, nameOffset, nameLen, line, col);
            push(classify(buffer, nameOffset, nameLen));
        }

        @Override
        public void handleCloseElementEnd(char[] buffer, int nameOffset, int nameLen, int line, int col)
                throws ParseException {
            getNext().handleCloseElementEnd(buffer, nameOffset, nameLen, line, col);
            pop();
        }

        @Override
        public void handleAutoCloseElementEnd(char[] buffer, int nameOffset, int nameLen, int line, int col)
                throws ParseException {
            getNext().handleAutoCloseElementEnd(buffer, nameOffset, nameLen, line, col);
            pop();
        }

        private byte classify(char[] buffer, int nameOffset, int nameLen) {
            if (opaque > 0) {
                return OTHER;
            }
            if (InsertionRule.nameEquals(buffer, nameOffset, nameLen, "p")) {
                paragraphs++;
                return inserted < slots.length && rule.selects(paragraphs) ? CHOSEN_PARAGRAPH : PARAGRAPH;
            }
            return InsertionRule.isContainer(buffer, nameOffset, nameLen) ? CONTAINER : OTHER;
        }

        private void push(byte kind) {
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = kind;
            if (kind != CONTAINER) {
                opaque++;
            }
        }

        private void pop() {
            if (depth == 0) {
                return;
            }
            byte kind = open[--depth];
            if (kind != CONTAINER) {
                opaque--;
            }
            if (kind == CHOSEN_PARAGRAPH) {
                out.append(slots[inserted++]);
            }
        }
    }

    /**
     * A {@link Writer} appending to a {@link StringBuilder}: what {@code StringWriter} does, without the
     * synchronized {@code StringBuffer} under it.
     */
    private static final class BuilderWriter extends Writer {
        private final StringBuilder out;

        BuilderWriter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void write(int c) {
            out.append((char) c);
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            out.append(buffer, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            out.append(s, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence s) {
            out.append(s);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
