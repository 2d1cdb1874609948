package io.adslot.engine;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the folders holding the rule file, the files it extends and the templates, and calls back after
 * changes settle.
 *
 * <p>Editors save in bursts (truncate, write, rename), so after the first event the watcher keeps draining
 * events until the folder has been quiet for {@link #SETTLE_MILLIS}, then reloads once. Any change in a
 * watched folder triggers a reload: a rule file may {@code extends} its neighbours, and reloading an
 * unchanged rule set only costs a parse (the cache keeps its entries, since the version stays the same).
 *
 * <p>The folders to watch are asked for again after every reload, so that a {@code templates/} folder
 * created after startup, or a base file in another folder that a changed rule file now extends, is
 * watched from then on; when a reload adds a folder, the watcher reloads once more, in case files were
 * written there before it was registered.
 *
 * <p>A reload that fails in any way, an {@link Error} included, is reported by the callback's owner and
 * logged here as a last resort; the watcher keeps watching. Runs on one daemon thread, so a host that
 * forgets {@link AdSlotEngine#close()} can still exit.
 */
final class RuleFileWatcher implements Closeable {

    static final long SETTLE_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(RuleFileWatcher.class);

    private final WatchService watchService;
    private final Thread thread;
    private final Runnable onChange;
    private final Supplier<? extends Collection<Path>> folders;
    private final Set<Path> registered = ConcurrentHashMap.newKeySet();

    /**
     * Starts watching.
     *
     * @param folders  the folders to watch, asked for now and after every reload; absent ones are skipped
     * @param onChange the reload
     */
    RuleFileWatcher(Supplier<? extends Collection<Path>> folders, Runnable onChange) throws IOException {
        this.onChange = onChange;
        this.folders = folders;
        this.watchService = FileSystems.getDefault().newWatchService();
        registerNew();
        if (registered.isEmpty()) {
            watchService.close();
            throw new IOException("none of " + folders.get() + " is a folder that can be watched");
        }
        this.thread = new Thread(this::run, "adslot-rule-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("adslot: watching {} for rule and template changes", registered);
    }

    /** The folders being watched now. */
    List<Path> watched() {
        return List.copyOf(registered);
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
                boolean again = true;
                for (int round = 0; again && round < 3; round++) {
                    reloadOnce();
                    again = registerNew();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the engine is shutting down
        }
    }

    private void reloadOnce() {
        try {
            onChange.run();
        } catch (Throwable e) { // NOPMD: any failure of one reload must leave the watcher running
            LOG.error("adslot: reload after a file change failed; still watching", e);
        }
    }

    /** Registers folders not watched yet; true when any was added. */
    private boolean registerNew() {
        boolean added = false;
        Collection<Path> wanted;
        try {
            wanted = folders.get();
        } catch (RuntimeException e) {
            LOG.warn("adslot: cannot tell which folders to watch", e);
            return false;
        }
        for (Path folder : wanted) {
            Path dir = folder.toAbsolutePath().normalize();
            if (registered.contains(dir) || !Files.isDirectory(dir)) {
                continue;
            }
            try {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                registered.add(dir);
                added = true;
            } catch (IOException | ClosedWatchServiceException e) {
                LOG.warn("adslot: cannot watch {}: {}", dir, e.getMessage());
            }
        }
        return added;
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
