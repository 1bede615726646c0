package careerbot.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The in-memory Lucene index of every passage. Each Lucene document is one passage; its section's headings are
 * indexed with it so a question can find a section by its heading ("responsibilities") as well as by its words.
 */
public final class KnowledgeIndex implements AutoCloseable {

    /** A numeric doc value: which passage a document is. */
    static final String PASSAGE_ID = "pid";
    /** A {@code StringField} filter: matched whole, never analysed, so "product owner" is one term. */
    static final String ROLE = "role";
    /** Analysed {@code TextField}s: English words, stemmed. */
    static final String TEXT = "text";
    static final String HEADINGS = "headings";

    /** Headings weigh more than body text: a heading says what the whole section is about. */
    private static final float HEADING_BOOST = 2f;
    /** A question of 1,000 characters has fewer distinct words than this; the cap only bounds hostile input. */
    private static final int MAX_QUERY_TERMS = 100;
    /** Shorter stems are too often another real word one edit away. */
    private static final int MIN_FUZZY_TERM = 4;
    private static final int REMEMBERED_WORDS = 20_000;

    /** One passage found, with Lucene's BM25 score. */
    public record Hit(Passage passage, float score) { }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final List<Passage> passages;
    /** Passages by id: ids are dense but, parsed in parallel, not in list order. */
    private final Passage[] byId;
    private final Analyzer indexAnalyzer = EnglishAnalysis.indexAnalyzer();
    private final int[] passageOfDoc;
    /**
     * Answers of {@link #knowsWord}, which builds a Levenshtein automaton for a word it can't find as typed. The index
     * never changes, and people use the same few thousand words, so each is looked up once; the bound only stops a
     * flood of made-up words from growing it.
     */
    private final Cache<String, Boolean> knownWords = Caffeine.newBuilder().maximumSize(REMEMBERED_WORDS).build();
    private final Cache<String, Optional<String>> namesAsWritten =
            Caffeine.newBuilder().maximumSize(REMEMBERED_WORDS).build();
    /**
     * Answers of {@link #passagesWith}, asked for every word of every question: each lookup in the term dictionary
     * builds a terms enum and its frames, which was 8.5% of the bytes a chat reply allocated (async-profiler).
     */
    private final Cache<String, Integer> passageCounts = Caffeine.newBuilder().maximumSize(REMEMBERED_WORDS).build();
    private final Function<String, Integer> countPassages = this::countPassagesWith;
    /**
     * Each term's place in the term dictionary and its statistics, looked up once: a query given them skips the
     * lookup, and the task machinery {@link TermStates#build} runs for it, at every search. The index never changes,
     * so they stay valid.
     */
    private final Cache<Term, TermStates> termStates = Caffeine.newBuilder().maximumSize(REMEMBERED_WORDS).build();
    private final Function<Term, TermStates> lookUpTerm = this::lookUp;

    public KnowledgeIndex(List<Passage> passages, Analyzer queryAnalyzer, IndexProgress progress) {
        this.passages = passages;
        this.byId = new Passage[passages.size()];
        passages.forEach(p -> byId[p.id()] = p);
        this.queryAnalyzer = queryAnalyzer;
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer).setRAMBufferSizeMB(64))) {
            int count = 0;
            for (var passage : passages) {
                writer.addDocument(document(passage));
                progress.indexed(++count);
            }
            writer.forceMerge(1);
            writer.commit();
            this.reader = DirectoryReader.open(directory);
            this.passageOfDoc = passagesByDoc(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("building the knowledge index", e);
        }
        this.searcher = new IndexSearcher(reader);
        // The role filters are single term queries, which Lucene's caching policy never caches anyway; without a cache
        // no search pays for tracking which queries recur.
        searcher.setQueryCache(null);
    }

    /** Lucene's document numbers to passage ids: merging segments may reorder documents. */
    private static int[] passagesByDoc(DirectoryReader reader) throws IOException {
        var ids = new int[reader.maxDoc()];
        for (var leaf : reader.leaves()) {
            var values = DocValues.getNumeric(leaf.reader(), PASSAGE_ID);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                ids[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        return ids;
    }

    private static Document document(Passage passage) {
        var doc = new Document();
        // A doc value, not a stored field: read once for every document at start-up, never decompressed per hit.
        doc.add(new NumericDocValuesField(PASSAGE_ID, passage.id()));
        for (var role : passage.roles()) {
            doc.add(new StringField(ROLE, role, Field.Store.NO));
        }
        doc.add(new TextField(TEXT, passage.text(), Field.Store.NO));
        // The title heading is left out: it names every role of the article and would match any question.
        var path = passage.section().headingPath();
        doc.add(new TextField(HEADINGS, String.join(" \n ", path.subList(1, path.size())), Field.Store.NO));
        return doc;
    }

    public int size() {
        return passages.size();
    }

    /**
     * Passages matching the words of a question, in their text or headings, best first. The question is analysed
     * once into terms (synonyms included) and each term is looked up in both fields: a bag of words is all the
     * ranking needs, and it spares building a phrase graph for every multi-word synonym.
     */
    public List<Hit> search(String question, Collection<String> roles, int limit) {
        return search(queryTerms(question), roles, limit);
    }

    /** The same, for a question already analysed by {@link #queryTerms}. */
    public List<Hit> search(Set<String> terms, Collection<String> roles, int limit) {
        var words = new BooleanQuery.Builder();
        int clauses = 0;
        for (var term : terms) {
            if (clauses++ == MAX_QUERY_TERMS) {
                break;
            }
            words.add(termQuery(TEXT, term), Occur.SHOULD);
            words.add(new BoostQuery(termQuery(HEADINGS, term), HEADING_BOOST), Occur.SHOULD);
        }
        return run(words.build(), Set.copyOf(roles), limit);
    }

    /** The terms a question analyses to on the query side: stemmed, stop words gone, synonyms added. */
    public Set<String> queryTerms(String text) {
        return new HashSet<>(EnglishAnalysis.terms(queryAnalyzer, text));
    }

    /** The terms of one word of a question and of its one-word synonyms ({@link EnglishAnalysis#wordTerms}). */
    public Set<String> wordTerms(String word) {
        return new HashSet<>(EnglishAnalysis.wordTerms(queryAnalyzer, word));
    }

    /** The terms a passage or heading is indexed under. */
    public Set<String> indexTerms(String text) {
        return new HashSet<>(EnglishAnalysis.terms(indexAnalyzer, text));
    }

    private TermQuery termQuery(String field, String text) {
        var term = new Term(field, text);
        return new TermQuery(term, termStates.get(term, lookUpTerm));
    }

    private TermStates lookUp(Term term) {
        try {
            return TermStates.build(searcher, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In how many passages an indexed term stands, in their text or headings. */
    public int passagesWith(String term) {
        return passageCounts.get(term, countPassages);
    }

    private int countPassagesWith(String term) {
        try {
            return Math.max(reader.docFreq(new Term(TEXT, term)), reader.docFreq(new Term(HEADINGS, term)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when every one of the terms ({@link #queryTerms}) occurs somewhere in the articles. */
    public boolean mentionsAll(Set<String> terms) {
        if (terms.isEmpty()) {
            return false;
        }
        return terms.stream().allMatch(term -> passagesWith(term) > 0);
    }

    /** @param roles passages about all of these roles only (empty: any passage) */
    private List<Hit> run(BooleanQuery words, Set<String> roles, int limit) {
        if (words.clauses().isEmpty()) {
            return List.of();
        }
        var query = new BooleanQuery.Builder().add(words, Occur.MUST);
        for (var role : roles) {
            query.add(termQuery(ROLE, role), Occur.FILTER);
        }
        try {
            var top = TopScoring.search(searcher, query.build(), limit);
            var hits = new ArrayList<Hit>(top.size());
            for (var scoreDoc : top) {
                hits.add(new Hit(byId[passageOfDoc[scoreDoc.doc]], scoreDoc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when the word, or a word one edit from it, stands in the articles: the index's own term dictionary is the
     * vocabulary, so no second copy of it is kept in memory. Fuzzy matching runs on Lucene's automata.
     */
    public boolean knowsWord(String word) {
        return knownWords.get(word, this::inVocabulary);
    }

    /** True when the word as it stands, not one edit from it, is in the articles' text or headings. */
    public boolean usesWord(String word) {
        var terms = EnglishAnalysis.terms(indexAnalyzer, word);
        return !terms.isEmpty() && terms.stream().allMatch(term -> passagesWith(term) > 0);
    }

    /**
     * How the articles write the word when they write it as a name: with capitals inside ("SEO", "CFA", "PhD"), or
     * with a capital where no sentence starts ("version control with Git"); judged by the passage that best matches
     * it, remembered per word.
     */
    public Optional<String> nameAsWritten(String word) {
        return namesAsWritten.get(word.toLowerCase(Locale.ROOT), lower -> {
            var terms = Set.copyOf(EnglishAnalysis.terms(indexAnalyzer, lower));
            var hits = terms.size() == 1 ? search(terms, List.of(), 1) : List.<Hit>of();
            if (hits.isEmpty()) {
                return Optional.empty();
            }
            String text = hits.get(0).passage().text();
            var written = Pattern.compile("\\b" + Pattern.quote(lower) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text);
            while (written.find()) {
                long capitals = written.group().chars().filter(Character::isUpperCase).count();
                if (capitals >= 2 || capitals == 1 && Character.isUpperCase(written.group().charAt(0))
                        && !startsSentence(text, written.start())) {
                    return Optional.of(written.group());
                }
            }
            return Optional.empty();
        });
    }

    /** Whether only spaces, quotes or brackets stand between the position and the text's start or a sentence's end. */
    private static boolean startsSentence(String text, int at) {
        int before = at - 1;
        while (before >= 0 && " \"'“‘(*_".indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return before < 0 || ".!?:;•-–—\n".indexOf(text.charAt(before)) >= 0;
    }

    private boolean inVocabulary(String word) {
        var terms = EnglishAnalysis.terms(indexAnalyzer, word);
        if (terms.isEmpty()) {
            return true; // a stop word
        }
        try {
            for (var term : terms) {
                if (passagesWith(term) > 0) {
                    continue;
                }
                if (term.length() < MIN_FUZZY_TERM || searcher.count(new FuzzyQuery(new Term(TEXT, term), 1)) == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        indexAnalyzer.close();
    }

    /** Told of progress while indexing, so a large knowledge base shows it in the log. */
    @FunctionalInterface
    public interface IndexProgress {
        IndexProgress NONE = count -> { };

        void indexed(int count);
    }
}
