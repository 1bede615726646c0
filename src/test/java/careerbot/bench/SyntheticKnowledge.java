package careerbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic knowledge base of N articles in the real front-matter format, shaped like the real article
 * (overview, responsibilities with sub-sections, examples, differences), about 100 passages each, plus the real
 * intents, templates and synonyms, and a question file for the pipeline benchmark.
 * <p>
 * {@code java -cp … careerbot.bench.SyntheticKnowledge <folder> <articles>}
 */
public final class SyntheticKnowledge {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "da", "fe", "gu",
            "ha", "jo", "ki", "ly", "ma", "no", "pi", "qu"};
    private static final String[] TITLES = {"analyst", "architect", "designer", "engineer", "strategist", "specialist",
            "coordinator", "consultant", "researcher", "planner"};
    private static final String[] VOCABULARY = ("build plan review report design test measure deliver support teams "
            + "customers data systems budgets risks vendors schedules quality releases metrics dashboards contracts "
            + "audits stakeholders requirements priorities roadmaps reviews trainings documents processes services "
            + "platforms partners markets products goals standards security compliance operations research insights "
            + "pipelines forecasts campaigns content networks incidents").split(" ");
    private static final String[] INDUSTRIES = {"bank", "hospital", "airline", "factory", "studio", "retailer",
            "university", "utility"};
    private static final int RESPONSIBILITIES = 10;
    private static final int EXAMPLES = 8;

    private SyntheticKnowledge() {
    }

    public static void main(String[] args) throws IOException {
        var folder = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        for (var file : List.of("intents.yml", "templates.yml", "synonyms.txt")) {
            Files.copy(Path.of("knowledge", file), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        var random = new Random(articles);
        var questions = new ArrayList<String>();
        for (int i = 0; i < articles; i++) {
            String stem = name(i);
            String first = stem + " " + TITLES[i % TITLES.length];
            String second = stem + " " + TITLES[(i + 3) % TITLES.length];
            Files.writeString(folder.resolve("article-" + i + ".md"), article(first, second, random));
            if (questions.size() < 60 && i % Math.max(1, articles / 12) == 0) {
                questions.addAll(List.of("what does a " + first + " do?", second + " responsibilities",
                        first + " vs " + second, "examples of " + first + " work at a " + INDUSTRIES[i % INDUSTRIES.length],
                        "which role suits me between " + first + " and " + second + "? I like " + word(random) + " and " + word(random)));
            }
        }
        // Beside the folder, not in it: the bot reads every .txt there but synonyms.txt as an article.
        Files.write(questionsOf(folder), questions);
    }

    /** Where the questions on a synthetic knowledge base are written: "kb-100-questions.txt" beside "kb-100". */
    private static Path questionsOf(Path folder) {
        return folder.resolveSibling(folder.getFileName() + "-questions.txt");
    }

    /** A pronounceable name unique to the article number: base-20 syllables. */
    static String name(int n) {
        var out = new StringBuilder();
        int v = n + 400;
        while (v > 0) {
            out.append(SYLLABLES[v % SYLLABLES.length]);
            v /= SYLLABLES.length;
        }
        return out.toString();
    }

    private static String article(String first, String second, Random random) {
        var md = new StringBuilder();
        md.append("---\ntitle: \"Career paths: ").append(first).append(" or ").append(second).append("?\"\n")
                .append("published: 2025-01-01\nsource: \"synthetic benchmark article\"\nroles:\n");
        for (var role : List.of(first, second)) {
            // Initials would repeat across thousands of articles ("SA"), so the alias is the plural.
            md.append("  - name: ").append(role).append("\n    aliases: [").append(role).append("s]\n");
        }
        md.append("---\n\n# Career paths: ").append(first).append(" or ").append(second).append("?\n\n");
        for (int p = 0; p < 13; p++) {
            md.append(paragraph(random, first + "s and " + second + "s")).append("\n\n");
        }
        for (var role : List.of(first, second)) {
            md.append("## What does a ").append(role).append(" do?\n\n");
            md.append(paragraph(random, "A " + role)).append("\n\n").append(paragraph(random, "The " + role)).append("\n\n");
            md.append("## Typical ").append(role).append(" responsibilities\n\nA ").append(role)
                    .append("'s responsibilities may include:\n\n");
            for (int r = 0; r < RESPONSIBILITIES; r++) {
                md.append("### ").append(capitalise(word(random))).append(" ").append(word(random)).append("\n\n");
                md.append(paragraph(random, capitalise(role) + "s")).append("\n\n").append(paragraph(random, "They"))
                        .append("\n\n").append(paragraph(random, "This")).append("\n\n");
            }
            md.append("## Examples of the work of a ").append(role).append("\n\n");
            for (int e = 0; e < EXAMPLES; e++) {
                md.append("- A ").append(role).append(" at a ").append(INDUSTRIES[e]).append(" may ")
                        .append(sentenceBody(random)).append(".\n");
            }
            md.append('\n');
        }
        md.append("## What are some differences between a ").append(first).append(" and a ").append(second).append("?\n\n");
        for (var aspect : List.of("focus", "responsibilities", "scope", "skills")) {
            md.append("A ").append(first).append("'s ").append(aspect).append(" may be ").append(sentenceBody(random))
                    .append(". A ").append(second).append("'s ").append(aspect).append(" may be ").append(sentenceBody(random))
                    .append(".\n\n");
        }
        md.append("## Final thoughts\n\n").append(paragraph(random, "Both roles")).append('\n');
        return md.toString();
    }

    private static String paragraph(Random random, String subject) {
        return subject + " " + sentenceBody(random) + ". " + capitalise(sentenceBody(random)) + ".";
    }

    private static String sentenceBody(Random random) {
        var words = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            words.add(word(random));
        }
        return String.join(" ", words);
    }

    private static String word(Random random) {
        return VOCABULARY[random.nextInt(VOCABULARY.length)];
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
