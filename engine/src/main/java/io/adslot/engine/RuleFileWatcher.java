package io.adslot.engine;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the folders holding the rule file and the templates, and calls back after changes settle.
 *
 * <p>Editors save in bursts (truncate, write, rename), so after the first event the watcher keeps draining
 * events until the folder has been quiet for {@link #SETTLE_MILLIS}, then reloads once. Any change in a
 * watched folder triggers a reload: a rule file may {@code extends} its neighbours, and reloading an
 * unchanged rule set only costs a parse (the cache keeps its entries, since the version stays the same).
 * Runs on one daemon thread, so a host that forgets {@link AdSlotEngine#close()} can still exit.
 */
final class RuleFileWatcher implements Closeable {

    static final long SETTLE_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(RuleFileWatcher.class);

    private final WatchService watchService;
    private final Thread thread;
    private final Runnable onChange;

    RuleFileWatcher(List<Path> directories, Runnable onChange) throws IOException {
        this.onChange = onChange;
        this.watchService = FileSystems.getDefault().newWatchService();
        Set<Path> unique = new LinkedHashSet<>(directories);
        for (Path dir : unique) {
            dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        }
        this.thread = new Thread(this::run, "adslot-rule-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("adslot: watching {} for rule and template changes", unique);
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                drain(key);
                WatchKey more;
                while ((more = watchService.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    LOG.error("adslot: reload after a file change failed", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the engine is shutting down
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watchService.close();
        thread.interrupt();
    }
}
