package dev.corpusqa.rules.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shared, linear-time segmentation for the translation rules: words with offsets and sentences
 * (split at line breaks and at {@code . ! ?} followed by a space and an upper-case letter or a
 * quote). Written here instead of using ICU's BreakIterator because the rules need to know, per
 * word, whether it opens a sentence, and because sentence breaking must never cost more than one
 * pass over a (possibly hostile) document. Work is bounded by {@link #MAX_CHARS}.
 */
final class TextUnits {

    /** Only the first this-many chars of a document are analysed by the text-heavy rules. */
    static final int MAX_CHARS = 400_000;
    /** Longest word kept; longer letter runs are not words. */
    static final int MAX_WORD = 40;

    private TextUnits() {
    }

    /**
     * A word: letters with internal apostrophes or hyphens; {@code initial} = first word of its sentence.
     * Its lower-case form and its base are computed at most once: every rule of the family asks for
     * them, word after word.
     */
    static final class Word {
        private final String text;
        private final int start;
        private final int end;
        private final boolean initial;
        private final int sentence;
        private String lower;
        private String base;

        Word(String text, int start, int end, boolean initial, int sentence) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.initial = initial;
            this.sentence = sentence;
        }

        String text() {
            return text;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        boolean initial() {
            return initial;
        }

        int sentence() {
            return sentence;
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        String lower() {
            String l = lower;
            if (l == null) {
                l = text.toLowerCase(Locale.ROOT);
                lower = l;
            }
            return l;
        }

        /** The word without a trailing possessive {@code 's} / {@code ’s} / {@code '}. */
        String base() {
            String b = base;
            if (b == null) {
                b = baseOf(text);
                base = b;
            }
            return b;
        }

        private static String baseOf(String t) {
            if (t.length() > 3 && (t.endsWith("'s") || t.endsWith("’s"))) {
                return t.substring(0, t.length() - 2);
            }
            if (t.length() > 3 && (t.endsWith("'") || t.endsWith("’"))) {
                return t.substring(0, t.length() - 1);
            }
            return t;
        }

        @Override
        public String toString() {
            return "Word[text=" + text + ", start=" + start + ", end=" + end + ", initial=" + initial + ", sentence=" + sentence + "]";
        }
    }

    record Sentence(int start, int end, int firstWord, int endWord) {
    }

    /**
     * The words and sentences of a document, plus facts several rules need, each computed at most
     * once per analysis (whether the document is English, which sentences are Title Case lines).
     */
    static final class Analysis {
        private final String text;
        private final List<Word> words;
        private final List<Sentence> sentences;
        private byte englishDocument; // 0 unknown, 1 yes, 2 no
        private byte[] titleCase; // per sentence: 0 unknown, 1 yes, 2 no

        Analysis(String text, List<Word> words, List<Sentence> sentences) {
            this.text = text;
            this.words = words;
            this.sentences = sentences;
        }

        String text() {
            return text;
        }

        List<Word> words() {
            return words;
        }

        List<Sentence> sentences() {
            return sentences;
        }

        /** {@link UntranslatedRule#englishDocument}, computed once. */
        boolean englishDocument() {
            if (englishDocument == 0) {
                englishDocument = UntranslatedRule.englishDocument(this) ? (byte) 1 : (byte) 2;
            }
            return englishDocument == 1;
        }

        /** {@link TextUnits#titleCaseLine}, computed once per sentence. */
        boolean titleCase(int sentenceIndex) {
            if (titleCase == null) {
                titleCase = new byte[sentences.size()];
            }
            byte b = titleCase[sentenceIndex];
            if (b == 0) {
                b = titleCaseLine(this, sentenceIndex) ? (byte) 1 : (byte) 2;
                titleCase[sentenceIndex] = b;
            }
            return b == 1;
        }
    }

    /**
     * The analysis of a document, computed once per thread for the document being validated: the
     * rules of the family run one after another on the same {@link dev.corpusqa.core.Document}, so
     * a one-entry, per-thread cache (keyed by identity) saves seven of eight passes and holds at
     * most one analysis per thread.
     */
    private static final dev.corpusqa.core.LastResult<dev.corpusqa.core.Document, Analysis> LAST =
            new dev.corpusqa.core.LastResult<>(d -> analyse(d.text()));

    static Analysis of(dev.corpusqa.core.Document doc) {
        return LAST.get(doc);
    }

    /** The part of a text the translation rules look at: its first {@link #MAX_CHARS} characters. */
    static String clip(String full) {
        return full.length() > MAX_CHARS ? full.substring(0, MAX_CHARS) : full;
    }

    static Analysis analyse(String full) {
        String t = clip(full);
        List<Word> words = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int n = t.length();
        int sentStart = 0;
        int sentFirstWord = 0;
        boolean atSentenceStart = true;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n) {
                    char d = t.charAt(i);
                    if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetter(t.charAt(i + 1))) {
                        i++;
                    } else if ((d == '\'' || d == '’') && i > s) {
                        i++; // trailing possessive apostrophe ("players'")
                        break;
                    } else {
                        break;
                    }
                }
                if (i - s <= MAX_WORD) {
                    words.add(new Word(t.substring(s, i), s, i, atSentenceStart, sentences.size()));
                }
                atSentenceStart = false;
                continue;
            }
            boolean lineBreak = c == '\n' || c == '\r';
            boolean stop = (c == '.' || c == '!' || c == '?' || c == '…') && followedByNewSentence(t, i + 1);
            if (lineBreak || stop) {
                int end = i + 1;
                if (words.size() > sentFirstWord || end - sentStart > 1) {
                    if (words.size() > sentFirstWord) {
                        sentences.add(new Sentence(sentStart, lineBreak ? i : end, sentFirstWord, words.size()));
                    }
                }
                sentStart = end;
                sentFirstWord = words.size();
                atSentenceStart = true;
            } else if (Character.isDigit(c)) {
                atSentenceStart = false;
            }
            i++;
        }
        if (words.size() > sentFirstWord) {
            sentences.add(new Sentence(sentStart, n, sentFirstWord, words.size()));
        }
        return new Analysis(t, words, sentences);
    }

    private static boolean followedByNewSentence(String t, int i) {
        int n = t.length();
        if (i >= n) {
            return true;
        }
        int j = i;
        while (j < n && (t.charAt(j) == '"' || t.charAt(j) == '”' || t.charAt(j) == '’' || t.charAt(j) == ')')) {
            j++;
        }
        if (j >= n || t.charAt(j) == '\n' || t.charAt(j) == '\r') {
            return true;
        }
        if (t.charAt(j) != ' ') {
            return false;
        }
        while (j < n && t.charAt(j) == ' ') {
            j++;
        }
        if (j >= n) {
            return true;
        }
        char c = t.charAt(j);
        return Character.isUpperCase(c) || c == '"' || c == '“' || c == '‘' || Character.isDigit(c);
    }

    /**
     * True when the sentence is a Title Case headline: it does not end in sentence punctuation and
     * most of its longer words are capitalised.
     */
    static boolean titleCaseLine(Analysis a, int sentenceIndex) {
        Sentence s = a.sentences().get(sentenceIndex);
        int e = s.end() - 1;
        while (e > s.start() && Character.isWhitespace(a.text().charAt(e))) {
            e--;
        }
        if (e >= s.start() && ".!?…\"”’)".indexOf(a.text().charAt(e)) >= 0) {
            return false;
        }
        int caps = 0;
        int total = 0;
        for (int w = s.firstWord(); w < s.endWord(); w++) {
            Word word = a.words().get(w);
            if (word.text().length() > 3) {
                total++;
                if (word.capitalised()) {
                    caps++;
                }
            }
        }
        return total >= 3 && caps * 10 >= total * 6;
    }
}
