package careerbot.knowledge;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * After Porter's stemmer, a stem's last "y" as "i", as Porter writes it at the end of a word: it turns "employed" and
 * "employs" into "emploi" but strips "-ment" after that step, so "employment" stays "employ", and "self-employed"
 * would find no "Self-employment" ("deployed", "deployment"; "enjoy", "enjoyable").
 */
final class FinalYFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FinalYFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int last = term.length() - 1;
        if (last > 0 && term.charAt(last) == 'y') {
            term.buffer()[last] = 'i';
        }
        return true;
    }
}
