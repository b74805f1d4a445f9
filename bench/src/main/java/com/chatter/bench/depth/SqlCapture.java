package com.chatter.bench.depth;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Records the SQL that Hibernate prepares on this thread while capturing (to explain it afterwards). */
public class SqlCapture implements StatementInspector {

    private static final ThreadLocal<List<String>> CAPTURED = new ThreadLocal<>();

    static void start() {
        CAPTURED.set(new ArrayList<>());
    }

    static List<String> stop() {
        var result = CAPTURED.get();
        CAPTURED.remove();
        return result == null ? List.of() : List.copyOf(result);
    }

    @Override
    public String inspect(String sql) {
        var list = CAPTURED.get();
        if (list != null) {
            list.add(sql);
        }
        return sql;
    }
}
