package dev.corpusqa.rules.encoding;

/** Small helpers to show invisible characters in evidence. */
final class EncodingText {
    private EncodingText() {
    }

    /** About 30 chars either side of {@code at}, with invisible characters shown as {@code <U+XXXX>}. */
    static String around(String t, int at) {
        int s = Math.max(0, at - 30);
        int e = Math.min(t.length(), at + 30);
        if (s > 0 && Character.isLowSurrogate(t.charAt(s))) {
            s--;
        }
        if (e < t.length() && Character.isLowSurrogate(t.charAt(e))) {
            e++;
        }
        return visible(t.substring(s, e));
    }

    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r') {
                sb.append(' ');
            } else if (cp == '\t' || (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                    && Character.getType(cp) != Character.UNASSIGNED && cp != 0xFFFD)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(String.format("<U+%04X>", cp));
            }
        });
        return sb.toString();
    }
}
