package dev.corpusqa.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.corpusqa.core.Category;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the findings back from a {@code report.json} (streamed: memory does not grow with the
 * report). Front ends print a run's findings from here rather than opening the store a second time,
 * and a run skipped as up to date (see {@code dev.corpusqa.api.UpToDate}) has nothing else to print
 * from. Offsets are not in the report: they read as 0.
 */
public final class ReportFindings {

    private ReportFindings() {
    }

    /** One finding of the report and whether the gate counted it. */
    public interface Visitor {
        void accept(Finding finding, boolean counted);
    }

    public static void forEach(Path reportJson, Visitor visitor) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(reportJson.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(reportJson + " is not a corpus-qa report");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("findings") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        readFinding(p, visitor);
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private static void readFinding(JsonParser p, Visitor visitor) throws IOException {
        String path = null;
        String rule = null;
        String category = null;
        String severity = null;
        String message = "";
        String evidence = "";
        String suggestion = null;
        Double score = null;
        int line = 1;
        int column = 1;
        int endLine = 1;
        int endColumn = 1;
        boolean counted = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "path" -> path = p.getText();
                case "rule" -> rule = p.getText();
                case "category" -> category = p.getText();
                case "severity" -> severity = p.getText();
                case "line" -> line = p.getIntValue();
                case "column" -> column = p.getIntValue();
                case "endLine" -> endLine = p.getIntValue();
                case "endColumn" -> endColumn = p.getIntValue();
                case "message" -> message = p.getText();
                case "evidence" -> evidence = t == JsonToken.VALUE_NULL ? "" : p.getText();
                case "suggestion" -> suggestion = t == JsonToken.VALUE_NULL ? null : p.getText();
                case "score" -> score = t == JsonToken.VALUE_NULL ? null : p.getDoubleValue();
                case "counted" -> counted = p.getBooleanValue();
                default -> p.skipChildren();
            }
        }
        visitor.accept(new Finding(path, rule, Category.parse(category), Severity.parse(severity), line, column, endLine, endColumn, 0, 0,
                message, evidence, score, suggestion), counted);
    }
}
