package com.chatter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The Big List of Naughty Strings (src/test/resources/blns.txt, MIT, see blns.LICENSE): every non-comment line. */
public final class Blns {

    private Blns() {
    }

    public static List<String> lines() {
        try (var in = Blns.class.getResourceAsStream("/blns.txt")) {
            if (in == null) {
                throw new IllegalStateException("blns.txt is missing from the test resources");
            }
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // split on line feeds only: some lines contain other Unicode line separators that belong to them
            return Arrays.stream(text.split("\n"))
                    .filter(line -> !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
