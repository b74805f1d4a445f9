package com.chatter.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client-side copy of one UI's state tree, as Flow's client engine keeps it, reduced to what the driver needs:
 * tags, attributes, properties, class names, text nodes, children, and the {@code @ClientCallable} methods of each
 * node. Changes are applied in the order the server sent them (a UIDL message's {@code changes} array).
 *
 * <p>Feature numbers are Flow's {@code NodeFeatures} (checked against flow-server 25.2).
 */
final class UiTree {

    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int TEXT_NODE = 7;
    static final int CLASS_LIST = 11;
    static final int CLIENT_DELEGATE_HANDLERS = 19;
    static final int VIRTUAL_CHILDREN = 24;

    /** One state node. Only touched by the thread that applies the UI's messages (one at a time). */
    static final class Node {
        final int id;
        String tag;
        String text;
        Node parent;
        final Map<String, String> attributes = new HashMap<>(4);
        final Map<String, JsonNode> properties = new HashMap<>(4);
        final List<Node> children = new ArrayList<>(2);
        /** Attached elsewhere in the DOM (the UI's container, dialogs, notifications). */
        final List<Node> virtualChildren = new ArrayList<>(1);
        final Set<String> classes = new LinkedHashSet<>(2);
        final Set<String> clientCallables = new LinkedHashSet<>(1);

        Node(int id) {
            this.id = id;
        }

        boolean hasClass(String name) {
            return classes.contains(name);
        }

        String attribute(String name) {
            return attributes.get(name);
        }

        @Override
        public String toString() {
            return "Node[" + id + " " + tag + " " + attributes + " " + classes + (text == null ? "" : " '" + text + "'")
                    + "]";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Text nodes whose text was set by the message being applied (in order). */
    private final List<Node> textsChanged = new ArrayList<>();

    Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    Node find(int id) {
        return nodes.get(id);
    }

    int size() {
        return nodes.size();
    }

    /** The first attached node (depth-first from the root) that matches. */
    Node findFirst(Predicate<Node> test) {
        var root = nodes.get(1);
        return root == null ? null : findFirst(root, test);
    }

    private static Node findFirst(Node from, Predicate<Node> test) {
        if (test.test(from)) {
            return from;
        }
        for (var list : List.of(from.children, from.virtualChildren)) {
            for (var child : list) {
                var found = findFirst(child, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The attached tree as indented text, for diagnosing what a view rendered. */
    String dump() {
        var out = new StringBuilder();
        var root = nodes.get(1);
        if (root != null) {
            dump(root, 0, out);
        }
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.id).append(' ').append(node.tag == null ? "#text" : node.tag);
        if (!node.attributes.isEmpty()) {
            out.append(' ').append(node.attributes);
        }
        if (!node.classes.isEmpty()) {
            out.append(" .").append(String.join(".", node.classes));
        }
        if (!node.clientCallables.isEmpty()) {
            out.append(" $server").append(node.clientCallables);
        }
        if (node.text != null) {
            out.append(" '").append(node.text).append('\'');
        }
        out.append('\n');
        for (var child : node.children) {
            dump(child, depth + 1, out);
        }
        for (var child : node.virtualChildren) {
            out.append("  ".repeat(depth + 1)).append("(virtual)\n");
            dump(child, depth + 1, out);
        }
    }

    Node byId(String elementId) {
        return findFirst(n -> elementId.equals(n.attribute("id")));
    }

    /** Whether the node is (still) reachable from the UI's root. */
    boolean isAttached(Node node) {
        var n = node;
        int guard = 0;
        while (n != null && guard++ < 10_000) {
            if (n.id == 1) {
                return nodes.get(1) == n;
            }
            n = n.parent;
        }
        return false;
    }

    /**
     * Applies one message's changes; returns the text nodes whose text was set by them (new or changed), to be looked at
     * after the whole message is applied (a text node may be attached to its parent later in the same message).
     */
    List<Node> apply(JsonNode changes) {
        textsChanged.clear();
        if (changes == null || !changes.isArray()) {
            return List.of();
        }
        for (var change : changes) {
            applyOne(change);
        }
        return List.copyOf(textsChanged);
    }

    private void applyOne(JsonNode change) {
        int nodeId = change.path("node").asInt(-1);
        if (nodeId < 0) {
            return;
        }
        String type = change.path("type").asString("");
        switch (type) {
            case "attach" -> node(nodeId);
            case "detach" -> {
                var gone = nodes.remove(nodeId);
                if (gone != null && gone.parent != null) {
                    gone.parent.children.remove(gone);
                    gone.parent.virtualChildren.remove(gone);
                    gone.parent = null;
                }
            }
            case "put" -> put(node(nodeId), change);
            case "remove" -> remove(node(nodeId), change);
            case "splice" -> splice(node(nodeId), change);
            case "clear" -> clear(node(nodeId), change.path("feat").asInt(-1));
            default -> {
                // "empty" (a feature with no data yet) and anything newer: nothing to keep
            }
        }
    }

    private void put(Node node, JsonNode change) {
        int feat = change.path("feat").asInt(-1);
        String key = change.path("key").asString("");
        JsonNode value = change.get("value");
        switch (feat) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key) && value != null) {
                    node.tag = value.asString();
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> {
                if (value == null || value.isNull()) {
                    node.attributes.remove(key);
                } else {
                    node.attributes.put(key, value.isString() ? value.asString() : value.toString());
                }
            }
            case TEXT_NODE -> {
                if ("text".equals(key)) {
                    node.text = value == null || value.isNull() ? "" : value.asString();
                    textsChanged.add(node);
                }
            }
            default -> {
                // other maps (listeners, push configuration, style, ...) are not needed
            }
        }
    }

    private void remove(Node node, JsonNode change) {
        int feat = change.path("feat").asInt(-1);
        String key = change.path("key").asString("");
        switch (feat) {
            case ELEMENT_PROPERTIES -> node.properties.remove(key);
            case ELEMENT_ATTRIBUTES -> node.attributes.remove(key);
            default -> {
            }
        }
    }

    private void clear(Node node, int feat) {
        switch (feat) {
            case ELEMENT_CHILDREN -> {
                node.children.forEach(child -> child.parent = null);
                node.children.clear();
            }
            case CLASS_LIST -> node.classes.clear();
            case CLIENT_DELEGATE_HANDLERS -> node.clientCallables.clear();
            default -> {
            }
        }
    }

    private void splice(Node node, JsonNode change) {
        int feat = change.path("feat").asInt(-1);
        int index = change.path("index").asInt(0);
        int removeCount = change.path("remove").asInt(0);
        switch (feat) {
            case ELEMENT_CHILDREN, VIRTUAL_CHILDREN -> {
                var list = feat == ELEMENT_CHILDREN ? node.children : node.virtualChildren;
                {
                    for (int i = 0; i < removeCount && index < list.size(); i++) {
                        var removed = list.remove(index);
                        if (removed.parent == node) {
                            removed.parent = null;
                        }
                    }
                }
                var add = change.get("addNodes");
                if (add != null && add.isArray()) {
                    int at = Math.min(index, list.size());
                    for (var idNode : add) {
                        var child = node(idNode.asInt());
                        if (child.parent != null && child.parent != node) {
                            child.parent.children.remove(child);
                            child.parent.virtualChildren.remove(child);
                        }
                        child.parent = node;
                        list.add(at++, child);
                    }
                }
            }
            case CLASS_LIST -> {
                // The class list is a list of strings; removals by index (the order is the server's).
                var current = new ArrayList<>(node.classes);
                for (int i = 0; i < removeCount && index < current.size(); i++) {
                    current.remove(index);
                }
                var add = change.get("add");
                if (add != null && add.isArray()) {
                    int at = Math.min(index, current.size());
                    for (var v : add) {
                        current.add(at++, v.asString());
                    }
                }
                node.classes.clear();
                node.classes.addAll(current);
            }
            case CLIENT_DELEGATE_HANDLERS -> {
                var current = new ArrayList<>(node.clientCallables);
                for (int i = 0; i < removeCount && index < current.size(); i++) {
                    current.remove(index);
                }
                var add = change.get("add");
                if (add != null && add.isArray()) {
                    int at = Math.min(index, current.size());
                    for (var v : add) {
                        current.add(at++, v.asString());
                    }
                }
                node.clientCallables.clear();
                node.clientCallables.addAll(current);
            }
            default -> {
            }
        }
    }
}
