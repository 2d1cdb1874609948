package io.adslot.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What {@code simulate} and {@code diff} plan, in order: the article files their arguments name, then the
 * records of each {@code --jsonl} archive. Archives are opened one after another as the run reaches them and
 * read as it goes, so that a run over an export of any size holds only the records being planned.
 */
final class ArchiveSources implements Iterator<ArchiveRun.Work> {

    /** The option naming a JSON Lines archive (repeatable). */
    static final String JSONL = "--jsonl";

    private final ArchiveRun run;
    private final Iterator<ArticleFiles.Entry> files;
    private final Iterator<String> archives;
    private final Terminal terminal;
    private final long maxBytes;
    private final List<String> failures = new ArrayList<>();
    private JsonLinesArchive current;

    ArchiveSources(ArchiveRun run, List<ArticleFiles.Entry> files, List<String> archives, Terminal terminal, long maxBytes) {
        this.run = run;
        this.files = files.iterator();
        this.archives = archives.iterator();
        this.terminal = terminal;
        this.maxBytes = maxBytes;
    }

    /** Archives that could not be opened, one line each for stderr (complete once the run is over). */
    List<String> failures() {
        return failures;
    }

    @Override
    public boolean hasNext() {
        if (files.hasNext()) {
            return true;
        }
        while (current == null || !current.hasNext()) {
            if (current != null) {
                current.close();
                current = null;
            }
            if (!archives.hasNext()) {
                return false;
            }
            String name = archives.next();
            try {
                current = JsonLinesArchive.open(terminal.resolve(name), name, maxBytes);
            } catch (IOException e) {
                failures.add(JsonLinesArchive.openFailure(name, e));
            }
        }
        return true;
    }

    @Override
    public ArchiveRun.Work next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return files.hasNext() ? run.work(files.next()) : run.work(current.next());
    }
}
