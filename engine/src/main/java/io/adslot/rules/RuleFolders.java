package io.adslot.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders a rule file may reach with {@code extends}: its own folder (and those below it), plus any
 * the host names. Rule files come from people and sometimes from a self-service upload, so
 * {@code extends: ../../../../etc/passwd} must not read a file outside them.
 *
 * <p>A path is inside when its normalized absolute form is under a folder and, if it exists, its real path
 * (symbolic links followed) is under that folder's real path too: a link inside the folder that points
 * out of it is refused, while links that stay inside (as Kubernetes mounts config maps) still work.
 *
 * @param folders absolute, normalized folders
 */
record RuleFolders(List<Path> folders) {

    RuleFolders {
        List<Path> normalized = new ArrayList<>(folders.size());
        folders.forEach(f -> normalized.add(f.toAbsolutePath().normalize()));
        folders = List.copyOf(normalized);
    }

    /** The folder of {@code ruleFile} plus the host's {@code extra} folders. */
    static RuleFolders of(Path ruleFile, List<Path> extra) {
        List<Path> all = new ArrayList<>();
        Path parent = ruleFile.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            all.add(parent);
        }
        all.addAll(extra);
        return new RuleFolders(all);
    }

    /** True when {@code file} lies in one of the folders, following symbolic links. */
    boolean contain(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path real = realPath(absolute);
        for (Path folder : folders) {
            if (absolute.startsWith(folder) && (real == null || real.startsWith(realPathOr(folder)))) {
                return true;
            }
        }
        return false;
    }

    /** For messages: the folders, as a list. */
    String describe() {
        return folders.size() == 1 ? folders.get(0).toString() : folders.toString();
    }

    private static Path realPath(Path path) {
        if (!Files.exists(path)) {
            return null;
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static Path realPathOr(Path folder) {
        Path real = realPath(folder);
        return real == null ? folder : real;
    }
}
