package io.adslot.benchmarks.input;

import java.util.SplittableRandom;

/**
 * Generates article bodies for benchmarks: deterministic (the same arguments give the same string on
 * every run and machine), sized to within a few characters of the target, in either {@link Flavour}.
 *
 * <p>The {@link Shape#NEWS} shape imitates what CMSs serve: two wrapper divs around sections that open
 * with an {@code h2}, paragraphs of varied length (12 to 90 words) with inline links, {@code strong}
 * and {@code em}, figures with an {@code img} and caption, lists, blockquotes holding a paragraph, a
 * row/column wrapper pair holding paragraphs, an aside, and one inline script whose code contains
 * {@code </p>} (as ad and analytics snippets do). The adversarial shapes are those of issue 7.
 *
 * <p>Generating is setup work, not measured: clarity wins over speed here.
 */
public final class ArticleGenerator {

    private static final long SEED = 0x5EED_AD51_07L;

    private static final String OPEN_WRAPPERS =
            "<div class=\"article-body\" data-cms=\"story\">\n<div class=\"story-content entry\">\n";
    private static final String CLOSE_WRAPPERS = "</div>\n</div>\n";

    private static final String[] WORDS = {
        "the", "council", "said", "on", "Tuesday", "that", "a", "new", "plan", "would", "cut", "costs", "for",
        "residents", "in", "the", "northern", "district", "after", "months", "of", "debate", "over", "how",
        "to", "fund", "public", "transport", "and", "repair", "roads", "officials", "expect", "the", "budget",
        "to", "grow", "by", "about", "four", "percent", "next", "year", "while", "critics", "argue", "it",
        "does", "not", "go", "far", "enough", "local", "businesses", "have", "welcomed", "the", "decision",
        "mayor", "election", "voters", "survey", "found", "most", "people", "support", "changes", "to",
        "school", "hours", "weather", "service", "warned", "of", "heavy", "rain", "across", "region", "this",
        "weekend", "researchers", "published", "study", "showing", "higher", "rates", "among", "younger",
        "adults", "company", "reported", "quarterly", "earnings", "above", "analyst", "estimates", "shares",
        "rose", "sharply", "in", "early", "trading", "government", "announced", "investment", "hospital",
        "nurses", "union", "strike", "talks", "resumed", "late", "evening", "without", "agreement", "police",
        "investigating", "incident", "near", "station", "witnesses", "described", "scene", "as", "chaotic",
        "minister", "defended", "policy", "during", "interview", "with", "reporters", "outside", "parliament"
    };
    private static final String[] CONTRACTIONS = {"it", "don", "isn", "that", "we", "they", "won"};
    private static final String[] CONTRACTION_ENDINGS = {"s", "t", "t", "s", "re", "ve", "t"};

    private ArticleGenerator() {
    }

    /** An article of the given shape and flavour, about {@code targetChars} long. */
    public static String generate(Shape shape, Flavour flavour, int targetChars) {
        return switch (shape) {
            case NEWS -> news(flavour, targetChars);
            case DEEP_NESTING -> deeplyNestedDivs(flavour, Math.max(1, (targetChars - nestedParagraph(flavour).length()) / 11));
            case LESS_THAN_FLOOD -> lessThanFlood(Math.max(1, targetChars - 7));
            case UNTERMINATED_COMMENT -> "<!-- " + news(flavour, targetChars - 5);
            // no inline script in the body: its end tag would end the unterminated one
            case UNTERMINATED_SCRIPT -> "<script>" + new Writer(flavour, targetChars - 8, false).news();
            case UNTERMINATED_QUOTE -> unterminatedQuote(flavour, targetChars);
            case MANY_PARAGRAPHS -> shortParagraphs(flavour, Integer.MAX_VALUE, targetChars);
        };
    }

    /** The instance of an adversarial shape that issue 7 names (about 1 MB each); a 1 MB article for NEWS. */
    public static String canonical(Shape shape, Flavour flavour) {
        return switch (shape) {
            case DEEP_NESTING -> deeplyNestedDivs(flavour, 100_000);
            case LESS_THAN_FLOOD -> lessThanFlood(1_000_000);
            case MANY_PARAGRAPHS -> manyParagraphs(flavour, 50_000);
            default -> generate(shape, flavour, 1024 * 1024);
        };
    }

    /** A realistic news body of about {@code targetChars}. */
    public static String news(Flavour flavour, int targetChars) {
        return new Writer(flavour, targetChars, true).news();
    }

    /** {@code depth} divs nested inside each other around one paragraph, all closed. */
    public static String deeplyNestedDivs(Flavour flavour, int depth) {
        String inner = nestedParagraph(flavour);
        StringBuilder sb = new StringBuilder(depth * 11 + inner.length());
        sb.append("<div>".repeat(depth)).append(inner).append("</div>".repeat(depth));
        return sb.toString();
    }

    /** One paragraph holding {@code count} {@code <} characters and nothing else. */
    public static String lessThanFlood(int count) {
        return "<p>" + "<".repeat(count) + "</p>";
    }

    /** {@code count} short paragraphs, each about 22 characters. */
    public static String manyParagraphs(Flavour flavour, int count) {
        return shortParagraphs(flavour, count, Integer.MAX_VALUE);
    }

    private static String nestedParagraph(Flavour flavour) {
        return "<p>" + new Writer(flavour, 64, false).sentence(8) + "</p>";
    }

    /** Short paragraphs until there are {@code count} of them or the next would pass {@code maxChars}. */
    private static String shortParagraphs(Flavour flavour, int count, int maxChars) {
        StringBuilder sb = new StringBuilder((int) Math.min(maxChars, count * 24L));
        String dash = flavour.rangeDash();
        for (int i = 0; i < count; i++) {
            int mark = sb.length();
            sb.append("<p>Item ").append(i).append(' ').append(dash).append(" ok.</p>\n");
            if (sb.length() > maxChars) {
                sb.setLength(mark);
                break;
            }
        }
        return sb.toString();
    }

    private static String unterminatedQuote(Flavour flavour, int targetChars) {
        // The body must not close the quote by accident, so single quotes inside it become references.
        String prefix = "<div data-note='";
        String body = news(flavour, targetChars - prefix.length()).replace("'", "&#39;");
        return prefix + body;
    }

    /** Writes one news body; holds the random source so that output depends only on the arguments. */
    private static final class Writer {
        private final Flavour flavour;
        private final int target;
        private final SplittableRandom random;
        private final StringBuilder out;
        private int linkCounter;
        private boolean scriptWritten;
        private boolean datelineWritten;

        Writer(Flavour flavour, int target, boolean withScript) {
            this.flavour = flavour;
            this.scriptWritten = !withScript;
            this.target = Math.max(target, 0);
            this.random = new SplittableRandom(SEED + flavour.ordinal());
            this.out = new StringBuilder(this.target + 64);
        }

        String news() {
            out.append(OPEN_WRAPPERS);
            int section = 0;
            while (true) {
                String block = nextBlock(section);
                if (block == null) {
                    section++;
                    continue;
                }
                int room = target - out.length() - CLOSE_WRAPPERS.length();
                if (block.length() <= room) {
                    out.append(block);
                } else {
                    fillLastParagraph(room);
                    break;
                }
            }
            out.append(CLOSE_WRAPPERS);
            return out.toString();
        }

        private int blockInSection;
        private int blocksThisSection = -1;

        /** The next block of the current section, or null when the section is complete. */
        private String nextBlock(int section) {
            if (blocksThisSection < 0) {
                blocksThisSection = 4 + random.nextInt(5);
                blockInSection = 0;
                if (section > 0) {
                    return "<h2>" + capitalised(sentenceWords(3 + random.nextInt(5))) + "</h2>\n";
                }
            }
            if (blockInSection >= blocksThisSection) {
                blocksThisSection = -1;
                return null;
            }
            blockInSection++;
            if (blockInSection < 3) {
                return paragraph();
            }
            int dice = random.nextInt(100);
            if (dice < 58) {
                return paragraph();
            } else if (dice < 66) {
                return figure();
            } else if (dice < 73) {
                return list();
            } else if (dice < 80) {
                return blockquote();
            } else if (dice < 90) {
                return rowOfParagraphs();
            } else if (dice < 95 && !scriptWritten && section > 0) {
                scriptWritten = true;
                return script();
            } else {
                return aside();
            }
        }

        private String paragraph() {
            if (!datelineWritten) {
                // News opens with a dateline; its dash also makes every UTF16 article a UTF-16 string.
                datelineWritten = true;
                return "<p><strong>LONDON</strong>" + flavour.sentenceDash() + text(12 + random.nextInt(40)) + "</p>\n";
            }
            return "<p>" + text(12 + random.nextInt(79)) + "</p>\n";
        }

        /** The last paragraph, cut to the room left so the article ends close to its target size. */
        private void fillLastParagraph(int room) {
            if (room < 12) {
                return;
            }
            StringBuilder p = new StringBuilder("<p>");
            if (!datelineWritten) {
                datelineWritten = true;
                p.append("LONDON").append(flavour.sentenceDash()).append("Breaking");
            }
            while (p.length() + 6 < room) {
                String word = WORDS[random.nextInt(WORDS.length)];
                if (p.length() + word.length() + 6 > room) {
                    break;
                }
                if (p.length() > 3) {
                    p.append(' ');
                }
                p.append(word);
            }
            out.append(p).append(".</p>\n");
        }

        private String figure() {
            int id = 1000 + random.nextInt(9000);
            return "<figure class=\"wp-block-image size-large\"><img src=\"https://cdn.example.com/images/2024/05/photo-"
                    + id + ".jpg\" alt=\"" + sentenceWords(5) + "\" width=\"1200\" height=\"800\" loading=\"lazy\">"
                    + "<figcaption>" + text(8 + random.nextInt(12)) + " <span class=\"credit\">Photo: Staff</span>"
                    + "</figcaption></figure>\n";
        }

        private String list() {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "<ul>\n" : "<ol>\n");
            boolean ordered = sb.charAt(1) == 'o';
            int items = 3 + random.nextInt(4);
            for (int i = 0; i < items; i++) {
                sb.append("<li>").append(text(5 + random.nextInt(15))).append("</li>\n");
            }
            return sb.append(ordered ? "</ol>\n" : "</ul>\n").toString();
        }

        private String blockquote() {
            return "<blockquote class=\"pull-quote\"><p>" + flavour.openQuote() + text(10 + random.nextInt(25))
                    + flavour.closeQuote() + "</p><cite>" + capitalised(sentenceWords(2)) + "</cite></blockquote>\n";
        }

        private String rowOfParagraphs() {
            return "<div class=\"row\"><div class=\"col-md-8 column\">\n" + paragraph() + paragraph()
                    + "</div></div>\n";
        }

        private String aside() {
            return "<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/news/" + (++linkCounter)
                    + "\">" + capitalised(sentenceWords(6)) + "</a></li></ul></aside>\n";
        }

        private String script() {
            return "<script type=\"text/javascript\">window.dataLayer = window.dataLayer || [];"
                    + " if (!window.ads) { document.write('<p class=\"ad-fallback\">' + label + '</p>'); }"
                    + " dataLayer.push({event: 'article_view', section: 'news'});</script>\n";
        }

        /** Prose of about {@code words} words: sentences with inline markup and the flavour's punctuation. */
        private String text(int words) {
            StringBuilder sb = new StringBuilder(words * 7);
            int left = words;
            while (left > 0) {
                int n = Math.min(left, 6 + random.nextInt(15));
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(sentence(n));
                left -= n;
            }
            return sb.toString();
        }

        String sentence(int words) {
            StringBuilder sb = new StringBuilder(words * 8);
            int dice = random.nextInt(100);
            boolean quoted = dice < 15;
            if (quoted) {
                sb.append(flavour.openQuote());
            }
            for (int i = 0; i < words; i++) {
                if (i > 0) {
                    sb.append(i == words / 2 && random.nextInt(8) == 0 ? flavour.sentenceDash() : " ");
                }
                int inline = random.nextInt(100);
                if (inline < 3 && i + 3 <= words) {
                    sb.append("<a href=\"https://www.example.com/news/2024/story-").append(++linkCounter)
                            .append("\">").append(sentenceWords(3)).append("</a>");
                    i += 2;
                } else if (inline < 5) {
                    sb.append("<strong>").append(word()).append("</strong>");
                } else if (inline < 6) {
                    sb.append("<em>").append(word()).append("</em>");
                } else if (inline < 8) {
                    int c = random.nextInt(CONTRACTIONS.length);
                    sb.append(CONTRACTIONS[c]).append(flavour.apostrophe()).append(CONTRACTION_ENDINGS[c]);
                } else if (inline < 9) {
                    int from = 2000 + random.nextInt(24);
                    sb.append(from).append(flavour.rangeDash()).append(from + 1 + random.nextInt(5));
                } else {
                    sb.append(i == 0 ? capitalised(word()) : word());
                }
            }
            if (quoted) {
                sb.append(random.nextInt(4) == 0 ? flavour.ellipsis() : ",").append(flavour.closeQuote())
                        .append(" said ").append(capitalised(word()));
            }
            sb.append('.');
            if (sb.length() > 0 && Character.isLowerCase(sb.charAt(0))) {
                sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
            }
            return sb.toString();
        }

        private String sentenceWords(int n) {
            StringBuilder sb = new StringBuilder(n * 8);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(word());
            }
            return sb.toString();
        }

        private String word() {
            return WORDS[random.nextInt(WORDS.length)];
        }

        private static String capitalised(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
