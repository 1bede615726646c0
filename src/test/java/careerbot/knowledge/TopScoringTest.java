package careerbot.knowledge;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain-scorer search finds what Lucene's own top-docs search finds, in the same order, over several segments. */
class TopScoringTest {

    private static final String[] WORDS = {"backlog", "roadmap", "market", "team", "sprint", "vision", "customer",
            "strategy", "feature", "data", "stakeholder", "release"};

    @Test
    void findsTheSameTopDocumentsAsIndexSearcher() throws IOException {
        var random = new Random(42);
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < 3_000; i++) {
                    var doc = new Document();
                    var text = new StringBuilder();
                    for (int w = 1 + random.nextInt(30); w > 0; w--) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    doc.add(new TextField("text", text.toString(), Field.Store.NO));
                    doc.add(new StringField("role", random.nextBoolean() ? "po" : "pm", Field.Store.NO));
                    writer.addDocument(doc);
                    if (i % 700 == 0) {
                        writer.commit(); // several segments, so document bases are exercised
                    }
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                assertTrue(reader.leaves().size() > 1, "several segments");
                var searcher = new IndexSearcher(reader);
                for (int q = 0; q < 200; q++) {
                    var words = new BooleanQuery.Builder();
                    for (int t = 1 + random.nextInt(4); t > 0; t--) {
                        words.add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])), Occur.SHOULD);
                    }
                    var query = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
                    if (random.nextBoolean()) {
                        query.add(new TermQuery(new Term("role", "po")), Occur.FILTER);
                    }
                    int limit = 1 + random.nextInt(10);
                    var expected = searcher.search(query.build(), limit).scoreDocs;
                    var actual = TopScoring.search(searcher, query.build(), limit);
                    assertEquals(Arrays.stream(expected).map(d -> d.doc + ":" + d.score).toList(),
                            actual.stream().map(d -> d.doc + ":" + d.score).toList(), "query " + query.build());
                }
            }
        }
    }
}
