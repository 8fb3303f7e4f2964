package dev.corpusqa.cli;

import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.rules.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code corpus-qa rules}: every rule with its category, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule with its id, default severity and summary.")
final class RulesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        for (RuleInfo r : RuleRegistry.builtIn().infos()) {
            System.out.printf("%-36s %-8s %-7s %s%n", r.id(), r.defaultSeverity().id(), r.scope() == RuleInfo.Scope.CORPUS ? "corpus" : "doc",
                    r.summary());
        }
        return 0;
    }
}
