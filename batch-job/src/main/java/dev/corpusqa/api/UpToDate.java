package dev.corpusqa.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.gate.Gate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The up-to-date check: when nothing a run reads has changed since the last completed run into the
 * same output directory, its outcome stands and the job is not started at all, as a compiler skips
 * sources whose classes are newer.
 *
 * <p>"Nothing changed" means all of: the same tool version, enabled rules and options that shape
 * results (the run's configuration fingerprint), the same gate (its key: failOn, allowed count,
 * minScore, levels, baseline contents), the same report formats and store, the same digest of the
 * corpus tree (every regular file's path, size and modification time, sidecars included; see
 * {@code CorpusScanner.treeDigest}), and every report file of that run still as it was written
 * (size and modification time). The record is {@value #FILE} in the output directory, written
 * after a run completes and deleted when a run starts, so a failed or killed run never leaves a
 * record that matches.
 *
 * <p>This is what makes a re-run of an unchanged corpus (a Maven build with no corpus change, a
 * scheduled tick) cost one listing of the corpus instead of a Spring context, the store and the
 * reports. A skipped run records nothing in the run history. {@code upToDateCheck=false} (command
 * line {@code --no-up-to-date-check}) or {@code --no-incremental} turns it off.
 */
public final class UpToDate {

    static final String FILE = ".corpus-qa-state.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private UpToDate() {
    }

    /** What must equal for a run to be skipped, computed before the run reads anything. */
    record Inputs(String toolVersion, String configFingerprint, String gateKey, String formats, String database, String corpusBase,
            String treeDigest) {
    }

    static Inputs inputs(QaOptions o, String version, String fingerprint, Gate gate, Path base, String treeDigest) {
        return new Inputs(version, fingerprint, gate.key(), String.join(",", new TreeSet<>(o.formats())), o.databaseUrl(), base.toString(),
                treeDigest);
    }

    private static Path file(QaOptions o) {
        return o.outputDirectory().resolve(FILE);
    }

    /** The recorded outcome when {@code now} matches the record and its reports are intact; else null. */
    static RunOutcome check(QaOptions o, Inputs now) {
        if (now.treeDigest() == null) {
            return null;
        }
        Path f = file(o);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(f.toFile());
            Inputs then = JSON.treeToValue(n.get("inputs"), Inputs.class);
            if (!now.equals(then)) {
                return null;
            }
            Map<String, Path> reports = new LinkedHashMap<>();
            for (var it = n.get("reports").fields(); it.hasNext();) {
                var e = it.next();
                Path p = o.outputDirectory().resolve(e.getValue().get("file").asText());
                if (!Files.isRegularFile(p) || Files.size(p) != e.getValue().get("size").asLong()
                        || Files.getLastModifiedTime(p).toMillis() != e.getValue().get("mtime").asLong()) {
                    return null; // a report was removed or rewritten since: run again to restore it
                }
                reports.put(e.getKey(), p);
            }
            Gate.Decision d = JSON.treeToValue(n.get("decision"), Gate.Decision.class);
            return new RunOutcome(n.get("runId").asLong(), d, reports, n.get("documents").asInt(),
                    d.passed() ? RunOutcome.EXIT_PASS : RunOutcome.EXIT_FAIL, null, Path.of(now.corpusBase()), true);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or from another version: just run
        }
    }

    /** Delete the record: a run is starting, and until it completes no earlier outcome stands. */
    static void forget(QaOptions o) {
        try {
            Files.deleteIfExists(file(o));
        } catch (IOException e) {
            // an unremovable record can still never match a changed corpus: it holds the old digest
        }
    }

    /** Record a completed run's outcome with the inputs measured before it started. */
    static void record(QaOptions o, Inputs inputs, RunOutcome r) {
        if (inputs.treeDigest() == null || r.decision() == null) {
            return;
        }
        try {
            ObjectNode n = JSON.createObjectNode();
            n.put("schema", 1);
            n.set("inputs", JSON.valueToTree(inputs));
            n.put("runId", r.runId());
            n.put("documents", r.documents());
            n.set("decision", JSON.valueToTree(r.decision()));
            ObjectNode reports = n.putObject("reports");
            for (Map.Entry<String, Path> e : r.reports().entrySet()) {
                Path p = e.getValue();
                ObjectNode rn = reports.putObject(e.getKey());
                rn.put("file", o.outputDirectory().relativize(p).toString());
                rn.put("size", Files.size(p));
                rn.put("mtime", Files.getLastModifiedTime(p).toMillis());
            }
            Files.createDirectories(o.outputDirectory());
            Path tmp = o.outputDirectory().resolve(FILE + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), n);
            Files.move(tmp, file(o), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            forget(o); // no record is always safe
        }
    }
}
