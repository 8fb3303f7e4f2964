package dev.corpusqa.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule core stays plain Java, and every rule has its documentation page. */
class ArchitectureTest {

    @Test
    void ruleCoreUsesNoSpringOrMavenTypes() throws IOException {
        Path src = Path.of("src/main/java/dev/corpusqa");
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(src.resolve("core")), Files.walk(src.resolve("rules")))) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String s = Files.readString(p);
                    return s.contains("org.springframework") || s.contains("org.apache.maven") || s.contains("dev.corpusqa.job")
                            || s.contains("dev.corpusqa.store.QaStore");
                } catch (IOException e) {
                    return true;
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyRuleHasADocumentationPage() {
        List<String> missing = RuleRegistry.builtIn().infos().stream().map(RuleInfo::docPath)
                .filter(p -> !Files.isRegularFile(Path.of("..").resolve(p))).toList();
        assertThat(missing).as("rule pages missing under docs/rules").isEmpty();
    }
}
