package io.adslot.cli;

import io.adslot.article.ScannedArticle;
import io.adslot.placement.CandidateVerdict;
import io.adslot.placement.Plan;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.LayoutModel;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Writes the {@code adslot preview} page: one self-contained HTML file that shows an article per device with
 * its slots as boxes of the height the planner counted, a marker on every candidate boundary with each
 * placement's verdict, a table of all verdicts, and a density meter per device comparing the planner's
 * estimate with what the browser actually lays out.
 *
 * <h2>How the page stays faithful and safe</h2>
 * <ul>
 *   <li>Each device's copy of the article is a separate document in an {@code <iframe sandbox srcdoc>}: the
 *       article is an attribute value, escaped, so no markup of it ({@code </template>}, {@code </iframe>},
 *       stray end tags) can end its container, overlay the page or post a form; the sandbox (without
 *       {@code allow-scripts}, {@code allow-forms}, {@code allow-popups} or navigation) keeps its scripts,
 *       forms, meta refreshes and links from running. {@code allow-same-origin} only lets the page's own
 *       script measure the frame; without {@code allow-scripts} nothing in the frame can use it.</li>
 *   <li>A Content-Security-Policy allows no network at all and only the page's own script (by nonce); the
 *       frame's document carries the same policy (and inherits the page's): the article's images, frames and
 *       fonts are not fetched.</li>
 *   <li>The article column is styled from the device's layout model: width {@code contentWidth}, line
 *       height {@code lineHeight}, gaps of {@code blockGap}, headings {@code headingHeight} high. The font
 *       size is set so that an average line of ordinary English text holds {@code charsPerLine}
 *       characters; media show as placeholders of their declared size scaled to the column, or
 *       {@code mediaHeight} when undeclared. Markers have no height, so they do not change the layout.</li>
 *   <li>Without scripts every device's section shows, one under the other; with them, one at a time.</li>
 *   <li>After the frames load, the script measures each device's column (slot boxes and whole column, in CSS pixels),
 *       shows the measured density next to the estimate, and records all figures as JSON in the body's
 *       {@code data-measured} attribute, so a headless browser's {@code --dump-dom} can read them.</li>
 * </ul>
 */
final class PreviewPage {

    /** One device's plan, with the layout model it was estimated under. */
    record DeviceView(String device, LayoutModel layout, double maxDensity, Plan plan,
                      List<PlanReading.Candidate> candidates) {
    }

    private final String name;
    private final String rulesName;
    private final String contextText;
    private final ScannedArticle article;
    private final List<DeviceView> views;
    private final String nonce;

    PreviewPage(String name, String rulesName, String contextText, ScannedArticle article, List<DeviceView> views) {
        this.name = name;
        this.rulesName = rulesName;
        this.contextText = contextText;
        this.article = article;
        this.views = views;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.nonce = HexFormat.of().formatHex(random);
    }

    String html() {
        StringBuilder b = new StringBuilder(article.source().length() * (views.size() + 1) + 16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
                .append("img-src data:; script-src 'nonce-").append(nonce).append("'\">\n");
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.append("<title>adslot preview: ").append(escape(name)).append("</title>\n");
        b.append("<style>").append(PAGE_CSS).append("</style>\n</head>\n<body>\n");
        header(b);
        b.append("<main>\n");
        for (DeviceView view : views) {
            section(b, view);
        }
        b.append("</main>\n");
        b.append("<script nonce=\"").append(nonce).append("\">").append(SCRIPT).append("</script>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private void header(StringBuilder b) {
        b.append("<header class=\"as-bar\">\n<h1>adslot preview <span>").append(escape(name)).append("</span></h1>\n");
        b.append("<p class=\"as-sub\">rules ").append(escape(rulesName));
        if (!contextText.isEmpty()) {
            b.append(" · context ").append(escape(contextText));
        }
        b.append(" · ").append(article.blocks().size()).append(" blocks, ").append(article.totalWords()).append(" words</p>\n");
        b.append("<nav class=\"as-tabs\">");
        for (DeviceView view : views) {
            b.append("<a href=\"#").append(view.device()).append("\" data-device=\"").append(view.device()).append("\">")
                    .append(view.device()).append("</a>");
        }
        b.append("</nav>\n<div class=\"as-meters\">\n");
        for (DeviceView view : views) {
            Plan plan = view.plan();
            double scale = 0.5; // the meter's track spans 0 to 50 % density
            b.append("<div class=\"as-meter\" data-device=\"").append(view.device()).append("\">")
                    .append("<span class=\"as-meter-name\">").append(view.device()).append("</span>")
                    .append("<span class=\"as-track\"><span class=\"as-fill\" style=\"width:")
                    .append(cssPercent(Math.min(1, plan.density() / scale))).append("\"></span>")
                    .append("<span class=\"as-measured\" style=\"left:0\" hidden></span>")
                    .append("<span class=\"as-budget\" style=\"left:").append(cssPercent(Math.min(1, view.maxDensity() / scale)))
                    .append("\" title=\"density budget\"></span></span>")
                    .append("<span class=\"as-meter-text\">").append(plan.slots().size()).append(plan.slots().size() == 1 ? " slot" : " slots")
                    .append(" · estimated ").append(percent(plan.density()))
                    .append(" · measured <b class=\"as-measured-text\">…</b>")
                    .append(" · budget ").append(percent(view.maxDensity())).append("</span></div>\n");
        }
        b.append("</div>\n<p class=\"as-legend\"><span class=\"as-key as-key-slot\"></span>slot (height the planner counts)"
                + " <span class=\"as-key as-key-no\"></span>candidate boundary not used (hover or follow the number for why)</p>\n");
        b.append("</header>\n");
    }

    private void section(StringBuilder b, DeviceView view) {
        LayoutModel l = view.layout();
        Plan plan = view.plan();
        b.append("<section class=\"as-device\" id=\"").append(view.device()).append("\" data-device=\"").append(view.device())
                .append("\" data-col=\"").append(l.contentWidth()).append("\" data-cpl=\"").append(l.charsPerLine())
                .append("\" data-media=\"").append(l.mediaHeight())
                .append("\" data-estimated-page=\"").append(plan.estimatedPageHeight())
                .append("\" data-estimated-slots=\"").append(plan.estimatedSlotHeight())
                .append("\" data-estimated-density=\"").append(String.format(Locale.ROOT, "%.6f", plan.density()))
                .append("\" style=\"--col:").append(l.contentWidth()).append("px;--lh:").append(l.lineHeight())
                .append("px;--gap:").append(l.blockGap()).append("px;--hh:").append(l.headingHeight())
                .append("px;--fs:").append(fallbackFontSize(l)).append("px\">\n");
        b.append("<h2 class=\"as-device-title\">").append(view.device()).append(": ").append(l.contentWidth())
                .append(" px column, ").append(l.charsPerLine()).append(" characters per line, estimated ")
                .append(plan.estimatedPageHeight()).append(" px of article + ").append(plan.estimatedSlotHeight())
                .append(" px of slots</h2>\n");
        if (plan.switchedOff()) {
            b.append("<p class=\"as-note\">The article carries an &lt;!-- adslot:off --&gt; marker: no slots.</p>\n");
        }
        b.append("<div class=\"as-host\"><iframe class=\"as-frame\" sandbox=\"allow-same-origin\" title=\"the article on ")
                .append(view.device()).append("\" style=\"width:").append(l.contentWidth()).append("px;height:")
                .append(plan.estimatedPageHeight() + plan.estimatedSlotHeight()).append("px\" srcdoc=\"")
                .append(escape(frameDocument(view))).append("\"></iframe></div>\n");
        verdictTable(b, view);
        b.append("</section>\n");
    }

    /** Starts the document of a device's frame, up to the article. */
    static final String FRAME_ARTICLE_START = "<div class=\"as-article\">";

    /** Ends the document of a device's frame, after the article. */
    static final String FRAME_ARTICLE_END = "</div></body></html>";

    /**
     * The document shown in a device's frame: the article column styled from the device's layout model, under
     * a policy that allows no network and no script.
     */
    private String frameDocument(DeviceView view) {
        LayoutModel l = view.layout();
        StringBuilder doc = new StringBuilder(article.source().length() + 4096);
        doc.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<style>body{margin:0}").append(ARTICLE_CSS).append("</style></head>")
                .append("<body style=\"--col:").append(l.contentWidth()).append("px;--lh:").append(l.lineHeight())
                .append("px;--gap:").append(l.blockGap()).append("px;--hh:").append(l.headingHeight())
                .append("px;--fs:").append(fallbackFontSize(l)).append("px\">").append(FRAME_ARTICLE_START);
        spliceArticle(doc, view);
        return doc.append(FRAME_ARTICLE_END).toString();
    }

    /** The article source with a marker at each candidate boundary and a slot box at each slot. */
    private void spliceArticle(StringBuilder b, DeviceView view) {
        String source = article.source();
        TreeMap<Integer, StringBuilder> inserts = new TreeMap<>();
        for (PlanReading.Candidate c : view.candidates()) {
            StringBuilder at = inserts.computeIfAbsent(c.offset(), k -> new StringBuilder());
            marker(at, view.device(), c);
            if (c.slot() != null) {
                slotBox(at, c.slot(), c);
            }
        }
        int from = 0;
        for (var entry : inserts.entrySet()) {
            b.append(source, from, entry.getKey());
            b.append(entry.getValue());
            from = entry.getKey();
        }
        b.append(source, from, source.length());
    }

    private void marker(StringBuilder b, String device, PlanReading.Candidate c) {
        boolean used = c.slot() != null;
        StringBuilder title = new StringBuilder("#" + c.boundary());
        for (CandidateVerdict v : c.verdicts()) {
            title.append('\n').append(v.placementId()).append(v.accepted() ? ": slot: " : ": no: ").append(v.reason());
        }
        b.append("<div class=\"as-b ").append(used ? "as-used" : "as-unused").append("\" data-boundary=\"").append(c.boundary())
                .append("\"><a class=\"as-badge\" href=\"#").append(device).append("-b").append(c.boundary())
                .append("\" title=\"").append(escape(title.toString())).append("\">#").append(c.boundary())
                .append(used ? "" : " ✕").append("</a></div>");
    }

    private void slotBox(StringBuilder b, SlotDecision s, PlanReading.Candidate c) {
        int height = PlanReading.slotHeight(s);
        String acceptedBecause = "";
        for (CandidateVerdict v : c.verdicts()) {
            if (v.accepted() && v.placementId().equals(s.placementId())) {
                acceptedBecause = v.reason();
            }
        }
        b.append("<div class=\"as-slot\" data-slot=\"").append(escape(s.slotId())).append("\" style=\"height:").append(height)
                .append("px\"><b>").append(escape(s.slotId())).append("</b> · ").append(escape(s.kind()));
        if (!s.sizes().isEmpty()) {
            b.append(" · ");
            for (int i = 0; i < s.sizes().size(); i++) {
                b.append(i == 0 ? "" : " ").append(s.sizes().get(i));
            }
        }
        b.append(" · ").append(height).append(" px");
        if (!acceptedBecause.isEmpty()) {
            b.append("<br><small>").append(escape(acceptedBecause)).append("</small>");
        }
        if (s.label() != null && !s.label().isEmpty()) {
            b.append("<br><small>label: ").append(escape(s.label())).append("</small>");
        }
        b.append("</div>");
    }

    private void verdictTable(StringBuilder b, DeviceView view) {
        String source = article.source();
        b.append("<details class=\"as-verdicts\" open><summary>").append(view.candidates().size())
                .append(" candidate boundaries on ").append(view.device()).append("</summary>\n<table><thead><tr>")
                .append("<th>#</th><th>line</th><th>between</th><th>verdicts</th></tr></thead><tbody>\n");
        for (PlanReading.Candidate c : view.candidates()) {
            b.append("<tr id=\"").append(view.device()).append("-b").append(c.boundary()).append("\" class=\"")
                    .append(c.slot() != null ? "as-row-used" : "as-row-unused").append("\"><td>#").append(c.boundary())
                    .append("</td><td>").append(c.line()).append("</td><td>")
                    .append(escape(ExplainCommand.describe(source, c.before(), "(start of article)").strip()))
                    .append("<br>")
                    .append(escape(ExplainCommand.describe(source, c.after(), "(end of article)").strip()))
                    .append("</td><td>");
            for (CandidateVerdict v : c.verdicts()) {
                b.append("<div class=\"").append(v.accepted() ? "as-yes" : "as-no").append("\"><b>")
                        .append(escape(v.placementId())).append("</b> ").append(v.accepted() ? "slot: " : "no: ")
                        .append(escape(v.reason())).append("</div>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table></details>\n");
    }

    /** A first guess at the font size, used until the script calibrates it: a Latin letter is about half an em. */
    private static int fallbackFontSize(LayoutModel l) {
        double perChar = (double) l.contentWidth() / Math.max(1, l.charsPerLine());
        return (int) Math.max(10, Math.min(32, Math.round(perChar * 2)));
    }

    private static String cssPercent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String PAGE_CSS = """
            body{margin:0;font:14px/1.4 "Liberation Sans",Arial,Helvetica,sans-serif;color:#1f2933;background:#f4f5f7}
            .as-bar{background:#fff;border-bottom:1px solid #d9dde3;padding:8px 12px}
            .as-bar h1{font-size:16px;margin:0}.as-bar h1 span{font-weight:normal;color:#52606d}
            .as-sub,.as-legend{margin:2px 0;color:#52606d;font-size:12px}
            .as-tabs a{display:inline-block;margin:4px 6px 4px 0;padding:2px 10px;border:1px solid #9aa5b1;border-radius:12px;
              color:#1f2933;text-decoration:none}.as-tabs a.as-on{background:#1f2933;color:#fff}
            .as-meter{display:flex;align-items:center;gap:8px;font-size:12px;margin:2px 0;flex-wrap:wrap}
            .as-meter-name{width:52px;font-weight:bold}
            .as-track{position:relative;display:inline-block;width:160px;height:10px;background:#e4e7eb;border-radius:5px}
            .as-fill{position:absolute;left:0;top:0;bottom:0;background:#3e7bfa;border-radius:5px}
            .as-measured{position:absolute;top:-3px;width:2px;height:16px;background:#0b6e4f}
            .as-budget{position:absolute;top:-3px;width:2px;height:16px;background:#d64545}
            .as-key{display:inline-block;width:12px;height:10px;margin:0 4px 0 10px;vertical-align:middle}
            .as-key-slot{background:#fff3bf;border:1px dashed #e0a800}.as-key-no{border-top:2px dashed #d64545}
            main{padding:12px}
            .as-device{display:block}body.as-js .as-device{display:none}body.as-js .as-device.as-shown{display:block}
            .as-device-title{font-size:13px;font-weight:normal;color:#52606d;margin:0 0 8px}
            .as-host{background:#fff;display:inline-block;padding:0;box-shadow:0 0 0 1px #d9dde3}
            .as-frame{display:block;border:0;background:#fff}
            .as-verdicts{margin:16px 0;font-size:12px}.as-verdicts table{border-collapse:collapse;background:#fff}
            .as-verdicts td,.as-verdicts th{border:1px solid #d9dde3;padding:3px 6px;vertical-align:top;text-align:left}
            .as-verdicts tr:target{outline:2px solid #3e7bfa}.as-yes{color:#0b6e4f}.as-no{color:#a61b1b}
            .as-note{color:#a61b1b}
            """;

    /** Inside each frame: the article column styled from the device's layout model. */
    private static final String ARTICLE_CSS = """
            .as-article{display:flow-root;box-sizing:border-box;width:var(--col);font-family:"Liberation Serif",Georgia,serif;
              font-size:var(--fs);line-height:var(--lh);color:#1f2933;overflow-wrap:anywhere}
            .as-article *{margin-top:0;max-width:100%}
            .as-article p,.as-article ul,.as-article ol,.as-article dl,.as-article table,.as-article blockquote,
            .as-article figure,.as-article pre,.as-article aside,.as-article form,.as-article iframe,.as-article video,
            .as-article hr,.as-article h1,.as-article h2,.as-article h3,.as-article h4,.as-article h5,.as-article h6
              {margin:0 0 var(--gap) 0}
            .as-article li,.as-article li p{margin:0}.as-article ul,.as-article ol{padding-left:1.4em}
            .as-article h1,.as-article h2,.as-article h3,.as-article h4,.as-article h5,.as-article h6
              {font-size:1.15em;line-height:var(--hh)}
            .as-article blockquote{padding:0 0 0 1em;border-left:3px solid #d9dde3}
            .as-article pre{white-space:pre-wrap;font-size:.8em}
            .as-article img,.as-article iframe,.as-article video,.as-article embed,.as-article object
              {display:block;background:#e4e7eb;border:0}
            .as-article figcaption{font-size:.8em}
            .as-b{position:relative;height:0;margin:0;padding:0;border:0}
            .as-b::before{content:"";position:absolute;left:0;right:0;top:-1px;border-top:2px dashed #d64545;pointer-events:none}
            .as-b.as-used::before{border-top-color:#e0a800}
            .as-badge{position:absolute;right:0;top:-9px;font:bold 10px/16px "Liberation Sans",Arial,sans-serif;
              padding:0 4px;border-radius:8px;background:#d64545;color:#fff;text-decoration:none;z-index:1}
            .as-used .as-badge{background:#e0a800}
            .as-slot{box-sizing:border-box;margin:0;padding:6px 8px;overflow:hidden;background:#fff3bf;border:2px dashed #e0a800;
              font:12px/1.4 "Liberation Sans",Arial,sans-serif;color:#5c4400}
            """;

    /**
     * Once the page and its frames have loaded, calibrates fonts and media per device, measures every device's
     * column and fits its frame to it (all are displayed until then), shows the measured density and records the figures in {@code body[data-measured]}; then
     * shows one device (the URL's {@code #device},
     * else the one whose column fits the window best).
     */
    private static final String SCRIPT = """
            (function(){
            var SAMPLE="The council voted on Tuesday to turn the old harbour into a public park, ending years of debate"
             +" about what the city should do with its waterfront. Work starts in spring and should take two years.";
            var ctx=document.createElement("canvas").getContext("2d");
            var sections=Array.prototype.slice.call(document.querySelectorAll("section.as-device"));
            var measured={};
            function measure(){
            sections.forEach(function(sec){
              var frame=sec.querySelector("iframe.as-frame");var doc=frame&&frame.contentDocument;if(!doc){return;}
              var art=doc.querySelector(".as-article");if(!art){return;}
              var col=+sec.dataset.col,cpl=+sec.dataset.cpl,media=+sec.dataset.media;
              var family=doc.defaultView.getComputedStyle(art).fontFamily;ctx.font="100px "+family;
              var perChar=ctx.measureText(SAMPLE).width/SAMPLE.length/100;
              var fs=col/cpl/perChar;art.style.fontSize=fs.toFixed(2)+"px";
              art.querySelectorAll("img,iframe,video,embed,object").forEach(function(m){
                var w=parseInt(m.getAttribute("width"),10),h=parseInt(m.getAttribute("height"),10);
                if(w>0&&h>0){var width=Math.min(w,col);m.style.width=width+"px";m.style.height=Math.ceil(h*width/w)+"px";}
                else{m.style.width="100%";m.style.height=media+"px";}
              });
              var page=art.getBoundingClientRect().height,slots=0;frame.style.height=Math.ceil(page)+"px";
              art.querySelectorAll(".as-slot").forEach(function(s){slots+=s.getBoundingClientRect().height;});
              var est=+sec.dataset.estimatedDensity;
              measured[sec.dataset.device]={slotPx:Math.round(slots),pagePx:Math.round(page),
                density:page>0?slots/page:0,estimatedDensity:est,estimatedPagePx:+sec.dataset.estimatedPage,
                estimatedSlotPx:+sec.dataset.estimatedSlots,fontSize:+fs.toFixed(2),column:col};
              var meter=document.querySelector('.as-meter[data-device="'+sec.dataset.device+'"]');
              if(meter){var d=page>0?slots/page:0;meter.querySelector(".as-measured-text").textContent=(d*100).toFixed(1)+"%";
                var mark=meter.querySelector(".as-measured");mark.style.left=Math.min(100,d/0.5*100).toFixed(2)+"%";mark.hidden=false;
                mark.title="measured in this browser";}
            });
            document.body.setAttribute("data-measured",JSON.stringify({viewport:window.innerWidth,devices:measured}));
            }
            function show(device){
              sections.forEach(function(s){s.classList.toggle("as-shown",s.dataset.device===device);});
              document.querySelectorAll(".as-tabs a").forEach(function(a){a.classList.toggle("as-on",a.dataset.device===device);});
            }
            function pick(){
              var h=location.hash.replace("#","").split("-")[0];
              if(sections.some(function(s){return s.dataset.device===h;})){return h;}
              var w=window.innerWidth,want=w<600?"mobile":w<1024?"tablet":"desktop";
              if(sections.some(function(s){return s.dataset.device===want;})){return want;}
              return sections.length?sections[0].dataset.device:null;
            }
            window.addEventListener("load",function(){
              measure();
              document.body.classList.add("as-js");
              show(pick());
              window.addEventListener("hashchange",function(){show(pick());});
            });
            })();
            """;
}
