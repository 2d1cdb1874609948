package io.adslot.benchmarks.peers;

/**
 * A way of doing the engine's job without the engine: given an article body, return it with the slot
 * markup inserted after the paragraphs an {@link InsertionRule} picks. Benchmarks run every peer on
 * the same inputs as the engine, so their throughput is the yardstick the engine's is read against.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface InsertionPeer {

    /** The body with the slots inserted. */
    String insert(String body);
}
