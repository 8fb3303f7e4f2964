package dev.corpusqa.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpusqa.core.Document;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads one corpus file into a {@link Document}, never more than {@code maxBytes}. Metadata comes
 * from a sidecar file next to it ({@code name.txt.json} or {@code name.json}: a flat JSON object;
 * for example {@code {"source": "example-news", "date": "2024-06-19"}}) when there is one.
 */
public final class DocumentLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentLoader() {
    }

    /** Thrown when a file cannot be loaded; the message names the problem, not the path (callers add it). */
    public static final class LoadException extends Exception {
        private final boolean tooLarge;

        LoadException(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    public static Document load(Path base, String relPath, long maxBytes) throws LoadException {
        Path file = base.resolve(relPath);
        byte[] bytes;
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            if (size > maxBytes) {
                throw new LoadException("file is " + size + " bytes, over the limit of " + maxBytes + " (maxFileBytes)", true);
            }
            bytes = readAll(ch, (int) size, maxBytes);
        } catch (NoSuchFileException e) {
            throw new LoadException("file disappeared during the run", false);
        } catch (IOException e) {
            throw new LoadException("cannot read file: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), false);
        }
        return Document.of(relPath, bytes, sidecar(file));
    }

    /**
     * Reads the whole channel into an array of the size the file had when opened (one allocation,
     * no intermediate buffers); a file that grows meanwhile is read on, up to {@code maxBytes}.
     */
    private static byte[] readAll(SeekableByteChannel ch, int size, long maxBytes) throws IOException, LoadException {
        byte[] b = new byte[size];
        ByteBuffer buf = ByteBuffer.wrap(b);
        while (buf.hasRemaining() && ch.read(buf) > 0) {
            // read on
        }
        if (buf.hasRemaining()) {
            return java.util.Arrays.copyOf(b, buf.position()); // shrank while being read
        }
        ByteBuffer probe = ByteBuffer.allocate(1);
        if (ch.read(probe) <= 0) {
            return b;
        }
        // grew while being read: take the rest, never more than maxBytes
        java.io.ByteArrayOutputStream more = new java.io.ByteArrayOutputStream();
        more.write(b, 0, b.length);
        more.write(probe.get(0));
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        while (ch.read(chunk.clear()) > 0) {
            more.write(chunk.array(), 0, chunk.position());
            if (more.size() > maxBytes) {
                throw new LoadException("file grew over the limit of " + maxBytes + " bytes while being read", true);
            }
        }
        return more.toByteArray();
    }

    static Map<String, String> sidecar(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path[] candidates = {file.resolveSibling(name + ".json"), dot > 0 ? file.resolveSibling(name.substring(0, dot) + ".json") : null};
        for (Path p : candidates) {
            if (p == null || p.equals(file) || !p.toFile().isFile()) { // java.io's probe: no exception for the usual absent file
                continue;
            }
            try {
                if (Files.size(p) > 1_000_000) {
                    continue;
                }
                JsonNode n = JSON.readTree(p.toFile());
                if (n != null && n.isObject()) {
                    Map<String, String> m = new HashMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (e.getValue().isValueNode()) {
                            m.put(e.getKey(), e.getValue().asText());
                        }
                    }
                    m.put("sidecar", p.getFileName().toString());
                    return m;
                }
            } catch (IOException | RuntimeException e) {
                // a broken sidecar is not the document's problem: ignore it
            }
        }
        return Map.of();
    }
}
