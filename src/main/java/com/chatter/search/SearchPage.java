package com.chatter.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results, newest first.
 *
 * @param next the cursor of the next (older) page, null when this is the last one
 */
public record SearchPage(List<SearchHit> hits, @Nullable Long next) implements java.io.Serializable {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
