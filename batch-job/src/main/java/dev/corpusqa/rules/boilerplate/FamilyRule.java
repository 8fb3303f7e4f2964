package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code boilerplate.<family>}: lines (or sentences glued to content) that the
 * {@link LineClassifier} scores at or above the rule's {@code threshold} (default
 * {@value BoilerplateDecisions#DEFAULT_THRESHOLD}) for this family, when no other family scores
 * higher. The finding carries the score, the evidence that fired and the exact span.
 */
public final class FamilyRule implements Rule {

    private static final Map<Family, RuleInfo> INFOS = new EnumMap<>(Family.class);

    static {
        for (Family f : Family.values()) {
            INFOS.put(f, RuleInfo.of("boilerplate." + f.id(), Category.BOILERPLATE, f.severity(), f.summary()));
        }
    }

    private final Family family;

    public FamilyRule(Family family) {
        this.family = family;
    }

    public static RuleInfo info(Family f) {
        return INFOS.get(f);
    }

    public Family family() {
        return family;
    }

    @Override
    public RuleInfo info() {
        return INFOS.get(family);
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        for (BoilerplateDecisions.Verdict v : BoilerplateDecisions.decide(doc, ctx)) {
            if (v.family() != family) {
                continue;
            }
            String where = v.glued() ? "sentence glued to the line without a space" : "line";
            out.accept(Finding.on(doc, info()).span(v.start(), v.end())
                    .message(family.id() + " " + where + " (score " + v.score() + "): " + v.evidence())
                    .score(v.score())
                    .suggestion(v.glued() ? "remove the glued sentence" : "remove the line")
                    .build());
        }
    }
}
