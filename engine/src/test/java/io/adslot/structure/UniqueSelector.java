package io.adslot.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The selector a publisher would write for one element of a page: the manifest's CSS name of it, preceded by
 * as many of its ancestors (joined with {@code >}) as it takes for the element to be the first match.
 */
final class UniqueSelector {

    private UniqueSelector() {
    }

    static String of(String page, int elementStart, String name) {
        List<String> ancestors = ancestors(page, elementStart);
        String selector = name;
        for (int k = ancestors.size() - 1; k >= 0; k--) {
            ContentRoot root = ContentRootFinder.bySelectors(page, List.of(Selector.parse(selector)));
            if (root != null && root.start() == elementStart) {
                return selector;
            }
            selector = ancestors.get(k) + " > " + selector;
        }
        return selector;
    }

    /** A selector for the element's parent, by {@link #of} on the parent's own name. */
    static String parentOf(String page, int elementStart) {
        int[] parentStart = {-1};
        new TagWalk(page, 0, page.length(), new TagWalk.Listener() {
            private final List<Integer> open = new ArrayList<>();

            @Override
            public void open(Tag tag, int depth) {
                while (open.size() > depth) {
                    open.remove(open.size() - 1);
                }
                if (tag.start == elementStart && depth > 0) {
                    parentStart[0] = open.get(depth - 1);
                }
                open.add(tag.start);
            }

            @Override
            public void close(int depth, int end) {
            }

            @Override
            public void text(int start, int end) {
            }
        }).run();
        return of(page, parentStart[0], TagWalk.describeTagAt(page, parentStart[0]));
    }

    /** The CSS names of the element's ancestors, outermost first. */
    private static List<String> ancestors(String page, int elementStart) {
        List<String> chain = new ArrayList<>();
        new TagWalk(page, 0, page.length(), new TagWalk.Listener() {
            private final List<String> open = new ArrayList<>();
            private boolean done;

            @Override
            public void open(Tag tag, int depth) {
                while (open.size() > depth) {
                    open.remove(open.size() - 1);
                }
                open.add(cssName(tag));
                if (!done && tag.start == elementStart) {
                    chain.addAll(open.subList(0, open.size() - 1));
                    done = true;
                }
            }

            @Override
            public void close(int depth, int end) {
            }

            @Override
            public void text(int start, int end) {
            }
        }).run();
        return chain;
    }

    private static String cssName(Tag tag) {
        String described = tag.describe();
        // describe() shortens long names; keep only what parses as a selector
        try {
            Selector.parse(described);
            return described;
        } catch (IllegalArgumentException e) {
            return tag.name;
        }
    }
}
