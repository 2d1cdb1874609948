package io.adslot.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FurnitureProbe {
    @Test
    void probe() {
        Set<String> names = Set.of("franceculture.fr.idees", "incurvy.de.wellness", "modepilot.de.duschkopf", "pcgamer.com.skyrim",
            "shingon-reiki.de.schamanismus", "changelog.blog.zwischenbilanz", "threatpost.com.android", "cnet.de.schutz", "correctiv.org.zusage",
            "boingboing.net.millenials", "jolie.de.adele", "moritz-meyer.net.vreni", "novalanalove.com.ear-candy", "spiegel.de.albtraum", "simplyscience.ch.erdoel", "sonntag-sachsen.de.emanuel", "psl.eu.luniversite", "otto.de.twoforfashion");
        for (SourcePages.Page p : SourcePages.all()) {
            if (!names.contains(p.name())) continue;
            String src = p.page();
            List<String> chain = new ArrayList<>();
            new TagWalk(src, 0, src.length(), new TagWalk.Listener() {
                List<String> stack = new ArrayList<>();
                public void open(Tag tag, int depth) {
                    while (stack.size() > depth) stack.remove(stack.size() - 1);
                    boolean f = (tag.flags & TagNames.FURNITURE) != 0 || (!tag.name.equals("body") && (tag.flags & TagNames.TEXT_BLOCK) == 0 && (ClassHints.of(tag) & ClassHints.FURNITURE) != 0);
                    stack.add((f ? "!!" : "") + tag.describe());
                    if (tag.start == p.bodyStart()) chain.addAll(stack);
                }
                public void close(int depth, int end) {}
                public void text(int s, int e) {}
            }).run();
            System.out.println(p.name() + ": " + String.join(" > ", chain));
        }
    }
}
