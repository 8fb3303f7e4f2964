package dev.corpusqa.rules.translation;

import java.util.Locale;

/**
 * String tests shared by the name-variant checks: a transliteration skeleton (two spellings with
 * the same skeleton are the same name written by two transliteration conventions: -ii/-iy/-y,
 * ya/ia, x/ks, kh/h, ie/ei) and a bounded Damerau-Levenshtein distance that also
 * says where the edit is (names that differ in their first letter or in their ending are usually
 * different names or inflections, not variants).
 */
final class NameVariants {

    private NameVariants() {
    }

    static String skeleton(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        s = s.replace("x", "ks").replace("kh", "h");
        if (s.endsWith("iy") || s.endsWith("ii") || s.endsWith("yi") || s.endsWith("ij") || s.endsWith("yy") || s.endsWith("yj")) {
            s = s.substring(0, s.length() - 2) + "i";
        } else if (s.endsWith("y")) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        s = s.replace("ya", "ia").replace("yu", "iu").replace("yo", "io").replace("ye", "ie").replace("ie", "ei");
        // "iy"/"ii" inside a name (Dmitriyev/Dmitriev); other doubled letters stay: Alan/Allan and
        // Abbot/Abbott are different names in English text.
        return s.replace("ii", "i");
    }

    /**
     * English (and French) given names and words whose -y/-i or y/i spellings are different names,
     * not transliteration variants (Henry/Henri, Brian/Bryan, Tory/Tori). Written here because no
     * library lists them; it only needs the frequent ones.
     */
    private static final java.util.Set<String> ENGLISH_Y_NAMES = java.util.Set.of("henry", "lily", "tory", "tories", "harry",
            "terry", "gary", "barry", "kelly", "emily", "andy", "tony", "jerry", "larry", "sally", "molly", "holly", "ruby", "lucy",
            "nancy", "betty", "judy", "mary", "jenny", "danny", "jimmy", "tommy", "bobby", "johnny", "freddy", "teddy", "eddy",
            "randy", "sandy", "tracy", "kathy", "cathy", "dorothy", "timothy", "anthony", "jeremy", "rory", "bryan", "brian",
            "ryan", "wesley", "ashley", "stanley", "bradley", "shirley", "beverly", "hillary", "sydney", "murray", "kennedy",
            "amy", "troy", "guy", "roy", "jay", "ray", "audrey", "harvey", "jeffrey", "geoffrey", "casey", "lindsay", "kelsey",
            "courtney", "whitney", "rodney", "mickey", "bailey", "riley", "haley", "marley", "kimberly", "billy", "willy",
            "charly", "remy", "dany", "valery", "emmy", "sophie", "marie", "julie", "natalie", "stephanie", "melanie", "leslie",
            "jamie", "katie", "maggie", "annie", "carrie", "connie", "bonnie", "debbie", "eddie", "freddie", "charlie", "ollie",
            "archie", "ronnie", "frankie", "sonny", "sony", "tiffany", "bethany", "brittany", "germany", "hungary",
            "italy", "sicily", "normandy", "albany", "coventry", "derby", "surrey", "jersey", "tuscany", "paraguay",
            "uruguay", "disney", "bentley", "tiny", "sergio");

    /** Same skeleton, different spelling, and not a pair of distinct English names. */
    static boolean transliterationPair(String a, String b) {
        if (a.replace('’', '\'').equalsIgnoreCase(b.replace('’', '\'')) || !skeleton(a).equals(skeleton(b))) {
            return false; // typographic apostrophes are not spellings
        }
        return !ENGLISH_Y_NAMES.contains(a.toLowerCase(Locale.ROOT)) && !ENGLISH_Y_NAMES.contains(b.toLowerCase(Locale.ROOT));
    }

    /** One is a prefix of the other (Kenya/Kenyan, Israel/Israeli, plural -s): a derived or inflected form. */
    static boolean prefixRelated(String a, String b) {
        return prefixRelatedLower(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }

    /** {@link #prefixRelated} of two names already lower-cased with {@link Locale#ROOT}. */
    static boolean prefixRelatedLower(String x, String y) {
        return x.startsWith(y) || y.startsWith(x);
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /**
     * A one-edit spelling slip inside a name: exactly one substitution, insertion, deletion or
     * transposition, not at the first letter and not at the last one (Swedes/Sweden, Maria/Mario are
     * inflections or different names), not a vowel-for-vowel swap when {@code strict} (Jonas/Jones,
     * Karin/Karen are usually different people).
     */
    static boolean oneEditSlip(String a, String b, boolean strict) {
        return oneEditSlipLower(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT), strict);
    }

    /** {@link #oneEditSlip} of two names already lower-cased with {@link Locale#ROOT}. */
    static boolean oneEditSlipLower(String x, String y, boolean strict) {
        if (x.equals(y) || Math.abs(x.length() - y.length()) > 1 || Math.min(x.length(), y.length()) < 5) {
            return false;
        }
        int p = 0;
        while (p < x.length() && p < y.length() && x.charAt(p) == y.charAt(p)) {
            p++;
        }
        if (p == 0) {
            return false;
        }
        int sx = x.length() - 1;
        int sy = y.length() - 1;
        while (sx >= p && sy >= p && x.charAt(sx) == y.charAt(sy)) {
            sx--;
            sy--;
        }
        // differing middle: x[p..sx], y[p..sy]
        int lx = sx - p + 1;
        int ly = sy - p + 1;
        boolean atEnd = sx >= x.length() - 1 || sy >= y.length() - 1;
        if (atEnd) {
            return false;
        }
        if (lx == 1 && ly == 1) {
            char cx = x.charAt(p);
            char cy = y.charAt(p);
            return !(strict && vowel(cx) && vowel(cy));
        }
        if ((lx == 1 && ly == 0) || (lx == 0 && ly == 1)) {
            return true;
        }
        // transposition
        return lx == 2 && ly == 2 && x.charAt(p) == y.charAt(p + 1) && x.charAt(p + 1) == y.charAt(p);
    }
}
