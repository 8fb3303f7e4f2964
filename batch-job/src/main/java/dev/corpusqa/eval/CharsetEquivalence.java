package dev.corpusqa.eval;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two charset names are equivalent for a file when both decode it to the same text (sibling code pages). */
final class CharsetEquivalence {
    private CharsetEquivalence() {
    }

    static boolean sameText(Path file, String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return decode(bytes, a).equals(decode(bytes, b));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String decode(byte[] bytes, String charset) {
        String s = new String(bytes, Charset.forName(charset));
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
