package careerbot.knowledge;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best-scoring documents of a query, found by stepping each segment's plain scorer. {@link IndexSearcher#search}
 * hands a disjunction to a bulk scorer that allocates a window of 4,096 documents for every search: more than a
 * knowledge base of a few articles holds, and most of the bytes a definition allocated (JFR allocation samples). The
 * plain scorer is told, as the bulk scorers are, what score can still compete, so it skips the rest at any size.
 */
final class TopScoring {

    /** Lowest first, so the head is the one to drop; on equal scores the later document goes, as in Lucene's collector. */
    private static final Comparator<ScoreDoc> WORST_FIRST =
            Comparator.<ScoreDoc>comparingDouble(d -> d.score).thenComparing(d -> -d.doc);

    private TopScoring() {
    }

    /** The top {@code limit} documents, best first; on equal scores the earlier document first. */
    static List<ScoreDoc> search(IndexSearcher searcher, Query query, int limit) throws IOException {
        var weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        var best = new PriorityQueue<ScoreDoc>(limit + 1, WORST_FIRST);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            var scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            var docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                float score = scorer.score();
                if (best.size() == limit && score <= best.peek().score) {
                    continue;
                }
                best.add(new ScoreDoc(leaf.docBase + doc, score));
                if (best.size() > limit) {
                    best.poll();
                }
                if (best.size() == limit) {
                    scorer.setMinCompetitiveScore(Math.nextUp(best.peek().score));
                }
            }
        }
        var top = new ArrayList<>(best);
        top.sort(WORST_FIRST.reversed());
        return top;
    }
}
