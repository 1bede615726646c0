package careerbot.knowledge;

import careerbot.DaemonThreads;
import jakarta.inject.Singleton;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every article of the knowledge folder, parsed and indexed once at start-up ({@code careerbot.KnowledgeStartup}: before
 * the server accepts a request, so a broken file stops start-up instead of failing the first question).
 * <p>
 * The index is built on a thread of its own once the articles are parsed: what needs only the articles and their
 * roles (the intent model's training) starts meanwhile, and {@link #index()} waits for it.
 */
@Singleton
public final class KnowledgeBase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
    private static final int PROGRESS_EVERY = 100_000;
    private static final String SYNONYMS = "synonyms.txt";

    private final Path folder;
    private final List<Article> articles;
    private final List<Passage> passages;
    private final RoleCatalog roles;
    private final CompletableFuture<KnowledgeIndex> index;
    /** The words of the editors' {@code synonyms.txt} (Solr format); none when there is no such file. */
    private final Set<String> synonymWords;
    private final NameAcronyms nameAcronyms;

    public KnowledgeBase(KnowledgeConfiguration configuration) {
        this(Path.of(configuration.path()));
    }

    public KnowledgeBase(Path folder) {
        long started = System.nanoTime();
        this.folder = folder;
        var synonymsFile = folder.resolve(SYNONYMS);
        String synonymRules = Files.isRegularFile(synonymsFile) ? readText(synonymsFile) : "";
        var shortForms = new TitleShortForms(synonymRules);
        this.articles = readArticles(folder, shortForms);
        this.passages = articles.stream().flatMap(a -> a.sections().stream()).flatMap(s -> s.passages().stream())
                .toList();
        this.roles = new RoleCatalog(articles, shortForms);
        this.nameAcronyms = new NameAcronyms(articles);
        this.synonymWords = synonymRules.lines().filter(l -> !l.startsWith("#")).flatMap(l -> Words.of(l).stream())
                .map(Words.Word::text).collect(Collectors.toUnmodifiableSet());
        var synonyms = EnglishAnalysis.synonyms(roles.roles(), synonymRules);
        long parsed = System.nanoTime();
        this.index = CompletableFuture.supplyAsync(() -> {
            var built = new KnowledgeIndex(passages, EnglishAnalysis.queryAnalyzer(synonyms), count -> {
                if (count % PROGRESS_EVERY == 0) {
                    LOG.info("Indexed {} of {} passages", count, passages.size());
                }
            });
            long indexed = System.nanoTime();
            LOG.info("Knowledge base {}: {} articles, {} roles, {} passages; read in {} ms, indexed in {} ms ({} passages/s)",
                    folder.toAbsolutePath(), articles.size(), roles.roles().size(), passages.size(),
                    (parsed - started) / 1_000_000, (indexed - parsed) / 1_000_000,
                    passages.size() * 1_000_000_000L / Math.max(1, indexed - parsed));
            return built;
        }, runnable -> DaemonThreads.named("indexing").newThread(runnable).start());
    }

    private static List<Article> readArticles(Path folder, TitleShortForms shortForms) {
        if (!Files.isDirectory(folder)) {
            throw new KnowledgeFileException(folder.toAbsolutePath(), "knowledge folder not found (set CAREERBOT_KNOWLEDGE_PATH)");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(KnowledgeBase::isArticle).sorted().toList();
        } catch (IOException e) {
            throw new KnowledgeFileException(folder, "can't list the folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new KnowledgeFileException(folder.toAbsolutePath(),
                    "no articles (*.md, *.txt) in the knowledge folder");
        }
        // Files are parsed in parallel; passage ids come from one counter, so they are unique and dense.
        var nextId = new AtomicInteger();
        return files.parallelStream()
                .map(file -> new ArticleParser(shortForms).parse(file, readText(file), nextId::getAndIncrement))
                .toList();
    }

    /** Markdown, or text pasted from a web page ({@link PlainTextArticle}); the synonyms are text too, but no article. */
    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".txt") && !name.equals(SYNONYMS);
    }

    public static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new KnowledgeFileException(file, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new KnowledgeFileException(file, "can't be read: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Passage> passages() {
        return passages;
    }

    public RoleCatalog roles() {
        return roles;
    }

    /** The names the articles write in full, by their initials ("BLS"). */
    public NameAcronyms nameAcronyms() {
        return nameAcronyms;
    }

    /** The index, once built: the first caller waits for it. */
    public KnowledgeIndex index() {
        try {
            return index.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException problem ? problem : e;
        }
    }

    /**
     * The words of the editors' synonym rules: words users say that the articles put another way ("hospital",
     * "salary"), the vocabulary of topics the editors expect questions on.
     */
    public Set<String> synonymWords() {
        return synonymWords;
    }

    @PreDestroy
    @Override
    public void close() {
        try {
            index().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
