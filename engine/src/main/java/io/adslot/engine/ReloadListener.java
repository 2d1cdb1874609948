package io.adslot.engine;

/**
 * Told about every reload of an engine's rules, from the file watcher or from {@link AdSlotEngine#reload()}:
 * a host that runs without an SLF4J provider still learns that a rule change was rejected, and why.
 *
 * <p>Called on the thread that reloaded (the watcher's daemon thread for file changes), after the new
 * rules serve or were rejected. A listener that throws is logged and does not stop the watcher. Register
 * with {@link AdSlotEngine.Builder#reloadListener(ReloadListener)} or, with Guice, by binding this type.
 */
@FunctionalInterface
public interface ReloadListener {

    /** Does nothing; the default. */
    ReloadListener NONE = outcome -> { };

    /**
     * One reload finished.
     *
     * @param outcome accepted or rejected, with the problems
     */
    void reloaded(ReloadOutcome outcome);
}
