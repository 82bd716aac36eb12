package org.coalitiontracker.kit.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coalitiontracker.kit.problem.ProblemException;

/**
 * A place in one service's change feed, as clients hold it: opaque, the base64url (unpadded) of
 * {@code <application>:<position>}. Positions never change once given, so a cursor is valid for
 * good, across restarts and instances; the application's name makes another service's cursor
 * recognisable as not one of ours.
 */
final class FeedCursor {

    static final String PATTERN = "[A-Za-z0-9_-]{1,200}";
    private static final Pattern DECODED = Pattern.compile("(.+):(0|[1-9][0-9]{0,18})");

    private FeedCursor() {
    }

    static String encode(String application, long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((application + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position {@code raw} names in {@code application}'s feed; a 400 problem naming {@code parameter} if it names none. */
    static long decode(String parameter, String application, String raw) {
        String value = raw.trim();
        if (!value.matches(PATTERN)) {
            throw notOurs(parameter, raw);
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notOurs(parameter, raw);
        }
        Matcher matcher = DECODED.matcher(decoded);
        if (!matcher.matches() || !matcher.group(1).equals(application)) {
            throw notOurs(parameter, raw);
        }
        long position;
        try {
            position = Long.parseLong(matcher.group(2));
        } catch (NumberFormatException e) {
            throw notOurs(parameter, raw);
        }
        // Only the one spelling we give out (base64 has others for the same bytes).
        if (!encode(application, position).equals(value)) {
            throw notOurs(parameter, raw);
        }
        return position;
    }

    static ProblemException notOurs(String parameter, String raw) {
        String shown = raw.length() > 60 ? raw.substring(0, 60) + "…" : raw;
        return ProblemException.invalidParameter(parameter, "'" + shown + "' is not a cursor of this service's change feed; "
                + "use one it answered (an item's `cursor` or the page's), or leave it out to start from the beginning");
    }
}
