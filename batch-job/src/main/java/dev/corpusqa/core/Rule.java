package dev.corpusqa.core;

/**
 * A check over one document. Implementations are plain Java (no Spring, no Maven types), stateless
 * after construction and safe to call from several threads at once.
 *
 * <p>A rule that needs corpus-wide statistics declares {@link RuleInfo.Scope#CORPUS} and reads the
 * statistics it needs from {@link RuleContext#statistic(Class)}; the statistic types it needs are
 * listed in {@link #statistics()} so that the profile step computes each of them once, before any
 * document is validated.
 */
public interface Rule {

    RuleInfo info();

    /** Examine {@code doc} and report what is wrong to {@code out}. Must not throw on odd input. */
    void check(Document doc, RuleContext ctx, FindingSink out);

    /** The corpus statistics this rule reads; empty for stateless rules. */
    default java.util.List<Class<? extends CorpusStatistic>> statistics() {
        return java.util.List.of();
    }
}
