package careerbot.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The two analyzers of the index. Both stem English (Porter) so "prioritize", "prioritizes" and "prioritized"
 * meet. Only the query side expands synonyms: role aliases ("PO" → "product owner") and the editors'
 * {@code synonyms.txt} ("bank" → "financial services"). Expanding at query time keeps the index the article's own
 * words and lets an editor change synonyms without re-reading the articles.
 */
public final class EnglishAnalysis {

    /**
     * Lucene's English stop words, "us": a pronoun, which Porter stems as it does "use", so "in the US" found
     * passages on what a role uses (the articles write the country "U.S.", a term of its own); and "one", which in a
     * question stands for the role talked about ("how do I become one?") and in a passage says nothing of its topic.
     */
    public static final CharArraySet STOP_WORDS = stopWords();

    /**
     * Words Porter would stem to a word of another sense: "demanding" (work that asks a lot, a synonym of "stressful")
     * to "demand", which the articles say of job prospects ("growing demand"); "settings" (places of work, a synonym
     * of "workplace") to "set", which they say of doing ("setting the product strategy", "a set of practices"). Kept
     * as written, in passages and questions alike.
     */
    private static final CharArraySet KEPT_AS_WRITTEN = CharArraySet.unmodifiableSet(
            new CharArraySet(List.of("demanding", "settings"), false));

    private EnglishAnalysis() {
    }

    private static CharArraySet stopWords() {
        var words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        words.add("us");
        words.add("one");
        return CharArraySet.unmodifiableSet(words);
    }

    /** For indexing passages and headings. */
    public static Analyzer indexAnalyzer() {
        return standardTokens(words -> stem(normalise(words)));
    }

    /** For questions: the same chain with a synonym graph before stop words and stemming, which must see whole words. */
    public static Analyzer queryAnalyzer(SynonymMap synonyms) {
        return standardTokens(words -> stem(synonyms.fst == null ? normalise(words)
                : new SynonymGraphFilter(normalise(words), synonyms, true)));
    }

    /** Words as Lucene's standard tokenizer splits them, then the given filters. */
    private static Analyzer standardTokens(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    /**
     * Role aliases of every article as equivalents of the role name, plus the editors' synonym rules (Solr format).
     */
    public static SynonymMap synonyms(Collection<Role> roles, String editorRules) {
        try (var wordsOnly = standardTokens(EnglishAnalysis::normalise)) {
            var parser = new SolrSynonymParser(true, true, wordsOnly);
            for (var role : roles) {
                var name = phrase(parser, role.name());
                for (var alias : role.aliases()) {
                    var aliasRef = phrase(parser, alias);
                    parser.add(aliasRef, name, true);
                    parser.add(name, aliasRef, true);
                }
            }
            parser.parse(new StringReader(editorRules));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonym rules: " + e.getMessage(), e);
        }
    }

    private static CharsRef phrase(SolrSynonymParser parser, String text) throws IOException {
        return parser.analyze(text, new CharsRefBuilder());
    }

    private static TokenStream normalise(TokenStream source) {
        return new LowerCaseFilter(new EnglishPossessiveFilter(source));
    }

    private static TokenStream stem(TokenStream stream) {
        return new FinalYFilter(new PorterStemFilter(
                new SetKeywordMarkerFilter(new StopFilter(stream, STOP_WORDS), KEPT_AS_WRITTEN)));
    }

    /**
     * The terms one word analyses to and those of its one-word synonyms: not the parts of a synonym of several words,
     * as "services" of "financial services" for "bank", which alone would stand for "customer service". In the
     * synonym graph those parts each span less than the word does.
     */
    public static List<String> wordTerms(Analyzer analyzer, String word) {
        var spanning = new ArrayList<String>();
        int span = 0;
        try (var stream = analyzer.tokenStream("text", new StringReader(word))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            var length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                if (position > 0) {
                    continue; // the second word of a synonym
                }
                if (length.getPositionLength() > span) {
                    spanning.clear();
                    span = length.getPositionLength();
                }
                if (length.getPositionLength() == span) {
                    spanning.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spanning;
    }

    /** The terms a text analyses to, in order, with the given analyzer. */
    public static List<String> terms(Analyzer analyzer, String text) {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("text", new StringReader(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
