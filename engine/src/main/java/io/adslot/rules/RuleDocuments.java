package io.adslot.rules;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a rule file and the chain of files it {@code extends}, checks each file's {@code version}, and
 * merges the chain into one tree (the extending file laid over its base; see {@link TreeMerger}).
 */
final class RuleDocuments {

    static final int SUPPORTED_VERSION = 1;
    static final int MAX_EXTENDS_DEPTH = 16;

    private RuleDocuments() {
    }

    /** The merged tree without {@code extends}, or null when a file could not be read at all. */
    static YamlNode.Mapping resolve(RuleSource root, ProblemCollector problems) {
        return resolve(root, problems, new ArrayList<>());
    }

    /** As {@link #resolve(RuleSource, ProblemCollector)}, adding every file on disk it reads to {@code filesRead}. */
    static YamlNode.Mapping resolve(RuleSource root, ProblemCollector problems, List<java.nio.file.Path> filesRead) {
        List<YamlNode.Mapping> chain = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        RuleSource source = root;
        SourcePosition extendsAt = null;
        while (true) {
            problems.registerFile(source.displayName());
            if (source instanceof RuleSource.FileSource file) {
                filesRead.add(file.path().toAbsolutePath().normalize());
            }
            String text;
            try {
                text = source.read();
            } catch (IOException | RuntimeException e) {
                String reason = e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
                if (extendsAt == null) {
                    problems.error(new SourcePosition(source.displayName(), 0, 0), "cannot read rule file: " + reason);
                } else {
                    problems.error(extendsAt, "cannot read base rule file " + source.displayName() + ": " + reason
                            + "; extends takes a path relative to this file, such as extends: base.yaml");
                }
                return null;
            }
            YamlNode tree = YamlTreeReader.read(text, source.displayName(), problems);
            if (tree == null) {
                return null;
            }
            if (!(tree instanceof YamlNode.Mapping mapping)) {
                problems.error(tree.position(), "a rule file is a mapping starting with version: 1, got " + tree.describe());
                return null;
            }
            checkVersion(mapping, problems);
            chain.add(mapping);
            sources.add(source);
            YamlNode ext = mapping.get("extends");
            if (ext == null) {
                break;
            }
            String relative = MappingReader.text(ext, "extends", problems);
            if (relative == null) {
                break;
            }
            RuleSource next = source.resolve(relative.strip());
            String refusal = next.refusal();
            if (refusal != null) {
                problems.error(ext.position(), "extends: " + Excerpt.of(relative.strip()) + " is not read: " + refusal);
                return null;
            }
            if (sources.stream().anyMatch(s -> s.identity().equals(next.identity()))) {
                StringBuilder cycle = new StringBuilder();
                sources.forEach(s -> cycle.append(s.displayName()).append(" -> "));
                cycle.append(next.displayName());
                problems.error(ext.position(), "extends cycle: " + cycle + "; a file cannot extend itself, remove one of these extends");
                break;
            }
            if (chain.size() >= MAX_EXTENDS_DEPTH) {
                problems.error(ext.position(), "extends chain longer than " + MAX_EXTENDS_DEPTH + " files; flatten some of them");
                break;
            }
            extendsAt = ext.position();
            source = next;
        }
        YamlNode merged = chain.get(chain.size() - 1);
        for (int i = chain.size() - 2; i >= 0; i--) {
            PlacementOverrides.check(((YamlNode.Mapping) merged).get("placements"), chain.get(i).get("placements"),
                    sources.get(i + 1).displayName(), problems);
            merged = TreeMerger.merge(merged, chain.get(i));
        }
        return TreeMerger.without((YamlNode.Mapping) merged, Set.of("extends"));
    }

    private static void checkVersion(YamlNode.Mapping file, ProblemCollector problems) {
        YamlNode version = file.get("version");
        if (version == null) {
            problems.error(file.position(), "missing version; start the file with version: " + SUPPORTED_VERSION);
            return;
        }
        Long v = MappingReader.wholeNumber(version, "version", problems);
        if (v != null && v != SUPPORTED_VERSION) {
            problems.error(version.position(), "version " + v + " is not supported; this adslot reads version: " + SUPPORTED_VERSION);
        }
    }
}
