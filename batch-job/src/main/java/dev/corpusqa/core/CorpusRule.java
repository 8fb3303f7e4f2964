package dev.corpusqa.core;

/**
 * A check whose findings concern the corpus as a whole (for example two files that hold the same
 * article). It runs once, after the profile step has fed every document to the statistics it needs.
 * Findings must name the document(s) they concern through {@link Finding#path()}.
 */
public interface CorpusRule extends Rule {

    void checkCorpus(RuleContext ctx, FindingSink out);

    @Override
    default void check(Document doc, RuleContext ctx, FindingSink out) {
        // corpus rules report from checkCorpus only
    }
}
