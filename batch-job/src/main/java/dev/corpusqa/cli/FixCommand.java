package dev.corpusqa.cli;

import dev.corpusqa.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corpus-qa fix --encoding|--boilerplate <dir>}: repairs that are safe to make mechanically.
 * One kind of repair per call: fix the encoding first (it rewrites files as UTF-8), then boilerplate
 * (which only works on valid UTF-8). See {@link EncodingFix} and {@link BoilerplateFix}.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Repair defects that can be repaired safely, one kind per call.",
            "--encoding: rewrite files in place as UTF-8 (transcode legacy charsets and UTF-16/32, drop BOMs, repair certain mojibake); "
                + "files whose repair is uncertain are left alone. Exit 0 all done, 1 some files need a human.",
            "--boilerplate: drop the lines and glued spans the boilerplate rules flag; writes cleaned copies to --out "
                + "(default <corpus-dir>-clean) or rewrites files with --in-place. Exit 0 done.",
            "Exit 2 on usage errors, 3 on runtime failures."})
final class FixCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<corpus-dir>", description = "Corpus directory (--encoding also takes single files).")
    List<Path> roots;

    @Option(names = "--encoding", description = "Repair encoding defects in place.")
    boolean encoding;

    @Option(names = "--boilerplate", description = "Remove boilerplate lines and glued spans.")
    boolean boilerplate;

    @Option(names = {"-n", "--dry-run"}, description = "--encoding only: show what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "DIR", description = "--boilerplate only: write cleaned copies here (default: <corpus-dir>-clean).")
    Path out;

    @Option(names = "--in-place", description = "--boilerplate only: rewrite changed files in place instead of writing copies.")
    boolean inPlace;

    @Option(names = "--config", paramLabel = "FILE", description = "--boilerplate only: corpus-qa.yml with rule settings (default: corpus-qa.yml in the corpus directory).")
    Path config;

    @Option(names = "--include", split = ",", paramLabel = "GLOB", description = "Files to fix (default **/*.txt).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "ID=SETTING", description = "--boilerplate only: per-rule override (repeatable).")
    Map<String, String> ruleOverrides;

    @Option(names = {"-q", "--quiet"}, description = "Print only the totals.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (encoding == boilerplate) {
            throw new ConfigException("say what to fix: exactly one of --encoding or --boilerplate");
        }
        if (encoding) {
            if (out != null || inPlace || config != null || ruleOverrides != null) {
                throw new ConfigException("--out, --in-place, --config and --rule go with --boilerplate; --encoding always repairs in place");
            }
            return EncodingFix.run(roots, dryRun, includes.isEmpty() ? List.of("**/*.txt", "*.txt") : includes);
        }
        if (dryRun) {
            throw new ConfigException("--dry-run goes with --encoding; --boilerplate writes copies unless --in-place");
        }
        if (roots.size() != 1) {
            throw new ConfigException("--boilerplate takes one corpus directory");
        }
        if (inPlace && out != null) {
            throw new ConfigException("--out and --in-place exclude each other");
        }
        return new BoilerplateFix(roots.get(0), out, inPlace, config, includes, ruleOverrides, quiet).run();
    }
}
