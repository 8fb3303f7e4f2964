package dev.corpusqa.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.gate.DecisionJson;
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
    /** Jackson's streaming API only: data binding would load some 400 classes on a path meant to take milliseconds. */
    private static final JsonFactory JSON = new JsonFactory();

    private UpToDate() {
    }

    /** What must equal for a run to be skipped, computed before the run reads anything. */
    record Inputs(String toolVersion, String configFingerprint, String gateKey, String formats, String database, String corpusBase,
            String treeDigest) {

        Map<String, String> fields() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("toolVersion", toolVersion);
            m.put("configFingerprint", configFingerprint);
            m.put("gateKey", gateKey);
            m.put("formats", formats);
            m.put("database", database);
            m.put("corpusBase", corpusBase);
            m.put("treeDigest", treeDigest);
            return m;
        }
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
        try (JsonParser p = JSON.createParser(f.toFile())) {
            Map<String, String> inputs = new LinkedHashMap<>();
            Map<String, Path> reports = new LinkedHashMap<>();
            Gate.Decision d = null;
            long runId = -1;
            int documents = -1;
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "schema" -> {
                        if (p.getIntValue() != 1) {
                            return null;
                        }
                    }
                    case "inputs" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String k = p.currentName();
                            p.nextToken();
                            inputs.put(k, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
                        }
                    }
                    case "runId" -> runId = p.getLongValue();
                    case "documents" -> documents = p.getIntValue();
                    case "decision" -> d = DecisionJson.read(p);
                    case "reports" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String format = p.currentName();
                            p.nextToken();
                            String file = null;
                            long size = -1;
                            long mtime = -1;
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String k = p.currentName();
                                p.nextToken();
                                switch (k) {
                                    case "file" -> file = p.getText();
                                    case "size" -> size = p.getLongValue();
                                    case "mtime" -> mtime = p.getLongValue();
                                    default -> p.skipChildren();
                                }
                            }
                            Path rp = file == null ? null : o.outputDirectory().resolve(file);
                            if (rp == null || !Files.isRegularFile(rp) || Files.size(rp) != size || Files.getLastModifiedTime(rp).toMillis() != mtime) {
                                return null; // a report was removed or rewritten since: run again to restore it
                            }
                            reports.put(format, rp);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!inputs.equals(now.fields()) || d == null || runId < 0 || documents < 0) {
                return null;
            }
            return new RunOutcome(runId, d, reports, documents, d.passed() ? RunOutcome.EXIT_PASS : RunOutcome.EXIT_FAIL, null,
                    Path.of(now.corpusBase()), true);
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
            Files.createDirectories(o.outputDirectory());
            Path tmp = o.outputDirectory().resolve(FILE + ".tmp");
            try (JsonGenerator g = JSON.createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("schema", 1);
                g.writeObjectFieldStart("inputs");
                for (Map.Entry<String, String> e : inputs.fields().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeNumberField("runId", r.runId());
                g.writeNumberField("documents", r.documents());
                g.writeFieldName("decision");
                g.writeRawValue(DecisionJson.write(r.decision()));
                g.writeObjectFieldStart("reports");
                for (Map.Entry<String, Path> e : r.reports().entrySet()) {
                    Path p = e.getValue();
                    g.writeObjectFieldStart(e.getKey());
                    g.writeStringField("file", o.outputDirectory().relativize(p).toString());
                    g.writeNumberField("size", Files.size(p));
                    g.writeNumberField("mtime", Files.getLastModifiedTime(p).toMillis());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            Files.move(tmp, file(o), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            forget(o); // no record is always safe
        }
    }
}
