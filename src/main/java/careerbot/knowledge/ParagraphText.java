package careerbot.knowledge;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The text of a Markdown paragraph as the sections read it: plain, on one line, less what is no part of it. */
final class ParagraphText {

    /**
     * A sentence about the article itself ("Continue reading to learn more…", "In this article, you'll learn what they
     * earn…", "This guide explains both.", "Let's take a closer look."): it tells where the answers are, it answers
     * nothing, and its words ("earn", "both") would match questions.
     */
    private static final Pattern SIGNPOST = Pattern.compile("^(?:(?:in |throughout |below,? )?(?:this|the following) "
            + "(?:article|guide|post|piece)\\b|(?:continue|keep) reading\\b|read on\\b|let[’']s\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A sentence that only points at what comes after it: "A typical task looks like this:", "Here is one:". */
    private static final Pattern POINTING = Pattern.compile(
            "^(?:here\\b.*|.*\\b(?:this|these|follows|following|below))\\s*:$", Pattern.CASE_INSENSITIVE);
    /**
     * A numbered reference to a source ("…during healing [1].", "[2, 3]"): it points at the article's list of
     * references, which no answer quotes with it.
     */
    private static final Pattern CITATION =
            Pattern.compile("\\s?\\[\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*](?=[\\s.,;:!?)]|$)");
    /**
     * What a page puts around an article rather than in it: its byline ("By Sam Ortiz · Last updated: 4 March 2024 ·
     * 6 min read"), the author's note, links to other pages ("Related reading:"), calls to share or subscribe. It
     * answers nothing, and its words ("a former head gardener") would match questions.
     */
    private static final Pattern AROUND_THE_ARTICLE = Pattern.compile("^(?:about the author|related (?:reading"
            + "|articles?|posts?|content|stories|guides?)|read (?:more|next)\\b|you (?:may|might) also (?:like|enjoy)"
            + "|share (?:this (?:article|post|page|guide|story)|on)\\b|(?:subscribe|sign up) (?:to|for) (?:our|the) "
            + "(?:newsletter|mailing list|blog)|follow us\\b|tags?:|filed under\\b|(?:last )?updated:"
            + "|by (?-i:\\p{Lu})[^.·|]{0,40}[·|])|\\b\\d+[- ]min(?:ute)? read\\b", Pattern.CASE_INSENSITIVE);
    /** The kind of a callout as GitHub marks it at the top of a quotation ("> [!TIP]"): a label for the eye alone. */
    private static final Pattern CALLOUT_KIND =
            Pattern.compile("^\\s*\\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*", Pattern.CASE_INSENSITIVE);
    /** Where one sentence ends and another begins. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private ParagraphText() {
    }

    /** A paragraph's text less its sentences about the article itself ({@link #SIGNPOST}); none if it has none. */
    static Optional<String> withoutSignposts(String text) {
        var kept = new StringBuilder(text.length());
        var next = NEXT_SENTENCE.matcher(text);
        boolean dropped = false;
        for (int start = 0, end; start < text.length(); start = end) {
            end = next.find(start) ? next.end() - 1 : text.length();
            var sentence = text.substring(start, end);
            if (SIGNPOST.matcher(sentence).find()) {
                dropped = true;
            } else {
                kept.append(sentence);
            }
        }
        return dropped ? Optional.of(kept.toString().strip()) : Optional.empty();
    }

    /**
     * A paragraph's text before a block of code, which no answer quotes: its lead-in ("…and a lot of monitoring:")
     * ends as a statement, or goes if it only points at the code ("A typical task looks like this:").
     */
    static String beforeCode(String text) {
        if (!text.endsWith(":")) {
            return text;
        }
        var next = NEXT_SENTENCE.matcher(text);
        int last = 0;
        while (next.find()) {
            last = next.end() - 1;
        }
        return POINTING.matcher(text.substring(last)).matches() ? text.substring(0, last).strip()
                : text.substring(0, text.length() - 1) + ".";
    }

    /** Whether a paragraph is what the page puts around the article ({@link #AROUND_THE_ARTICLE}). */
    static boolean isAroundTheArticle(String text) {
        return AROUND_THE_ARTICLE.matcher(text).find();
    }

    /** The lines of a paragraph's text when each starts with a label ("Pros: …"); none otherwise. */
    static List<String> labelledLines(String withLineBreaks) {
        if (withLineBreaks.indexOf('\n') < 0) {
            return List.of(); // most paragraphs: one line
        }
        var lines = withLineBreaks.lines().map(ParagraphText::oneLine).filter(l -> !l.isEmpty()).toList();
        if (!lines.stream().allMatch(l -> Passage.LABEL.matcher(l).lookingAt())) {
            return List.of();
        }
        // "Myth: …" stays with the "Fact: …" that answers it.
        var said = new ArrayList<String>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            boolean myth = Passage.MYTH.matcher(lines.get(i)).matches() && i + 1 < lines.size();
            said.add(myth ? lines.get(i) + " " + lines.get(++i) : lines.get(i));
        }
        return said;
    }

    /**
     * A paragraph led by a label in bold that ends in a full stop ("**Data analyst.** Most of an analyst's week…")
     * with a colon in its place: the label heads the text, it is no sentence of its own to quote.
     */
    static String withRunInLabel(Paragraph paragraph, String text) {
        if (!(paragraph.getFirstChild() instanceof StrongEmphasis label)) {
            return text;
        }
        String labelText = plainText(label);
        boolean stopInside = labelText.endsWith(".");
        boolean stopAfter = !stopInside && text.startsWith(labelText + ".");
        if (labelText.isEmpty() || !(stopInside || stopAfter)) {
            return text;
        }
        int stop = stopInside ? labelText.length() - 1 : labelText.length();
        String rest = text.substring(stop + 1);
        return rest.isBlank() ? text : text.substring(0, stop) + ":" + rest;
    }

    /** The text of a node as a reader sees it: inline code and line breaks flattened, markup dropped. */
    static String plainText(Node node) {
        return oneLine(withLineBreaks(node));
    }

    /** A text on one line: its runs of white space, line breaks among them, as one space. */
    static String oneLine(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The text of a node, markup dropped, its line breaks kept. */
    static String withLineBreaks(Node node) {
        var out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append('\n');
            }

            /** "<br>" breaks a line as two spaces at a line's end do; other tags ("<strong>") only mark text up. */
            @Override
            public void visit(HtmlInline html) {
                if (LINE_BREAK_TAG.matcher(html.getLiteral()).matches()) {
                    out.append('\n');
                }
            }

            /**
             * A list within an item runs on after the item's words as its clauses: "draft documents such as contracts:
             * prepare first drafts for review; check citations".
             */
            @Override
            public void visit(ListItem item) {
                if (item != node) {
                    boolean ledIn = out.toString().stripTrailing().endsWith(":");
                    out.append(item.getPrevious() != null ? "; " : ledIn ? " " : ": ");
                }
                visitChildren(item);
            }

            /** A picture's description is for those who can't see it, not a sentence of the text around it. */
            @Override
            public void visit(Image image) {
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                visitChildren(paragraph);
            }
        });
        return CALLOUT_KIND.matcher(CITATION.matcher(out).replaceAll("")).replaceFirst("");
    }
}
