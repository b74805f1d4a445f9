package com.chatter.bench.memory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which state nodes a UI holds outside its attached tree, and who holds them: a walk of the object graph from the
 * UI through the fields of the application's UI classes, Vaadin's component, DOM and internal classes and the
 * collections between them (not into services, the session or Spring). Each component whose element's node is not
 * attached is printed with the field path it was reached by. Used by {@code RoomMemoryBenchmark --census=true}.
 */
final class NodeCensus {

    private NodeCensus() {
    }

    static List<String> of(UI ui) {
        var out = new ArrayList<String>();
        ui.accessSynchronously(() -> out.addAll(walk(ui)));
        return out;
    }

    private static List<String> walk(UI ui) {
        Set<StateNode> attached = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        ui.getInternals().getStateTree().getRootNode().visitNodeTree(attached::add);
        Map<Object, String> paths = new IdentityHashMap<>();
        var queue = new ArrayDeque<Object>();
        paths.put(ui, "ui");
        queue.add(ui);
        var detachedNodes = new HashSet<StateNode>();
        var byClass = new TreeMap<String, List<String>>();
        int visited = 0;
        while (!queue.isEmpty() && visited < 2_000_000) {
            var object = queue.poll();
            visited++;
            var path = paths.get(object);
            if (object instanceof StateNode node && !attached.contains(node)) {
                detachedNodes.add(node);
            }
            if (object instanceof Component component && !attached.contains(component.getElement().getNode())) {
                byClass.computeIfAbsent(component.getClass().getName(), k -> new ArrayList<>()).add(path);
            }
            for (var child : children(object)) {
                var value = child.value();
                if (value == null || paths.containsKey(value) || !followed(value)) {
                    continue;
                }
                paths.put(value, path + child.name());
                queue.add(value);
            }
        }
        var lines = new ArrayList<String>();
        for (var node : attached) {
            if (!node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)) {
                lines.add("  attached (no element data) " + node.getId());
                continue;
            }
            var element = com.vaadin.flow.dom.Element.get(node);
            var owner = element.getComponent().map(c -> c.getClass().getSimpleName()).orElse("-");
            lines.add("  attached " + (element.isTextNode() ? "#text '" + element.getText() + "'" : "<"
                    + element.getTag() + " id=" + element.getAttribute("id") + " class=" + element.getAttribute("class")
                    + ">") + " " + owner + " parent=" + (element.getParent() == null ? "-" : element.getParent().getTag()
                    + "#" + element.getParent().getAttribute("id")));
        }
        lines.add(String.format("census: %d objects walked, %d attached state nodes, %d detached state nodes reached",
                visited, attached.size(), detachedNodes.size()));
        byClass.forEach((type, where) -> {
            lines.add(String.format("  detached %s x%d", type, where.size()));
            where.stream().limit(3).forEach(p -> lines.add("      " + abbreviate(p)));
        });
        return lines;
    }

    private record Child(String name, Object value) {
    }

    private static List<Child> children(Object object) {
        var out = new ArrayList<Child>();
        if (object instanceof Map<?, ?> map) {
            for (var entry : List.copyOf(map.entrySet())) {
                out.add(new Child("[k]", entry.getKey()));
                out.add(new Child("[" + shortName(entry.getKey()) + "]", entry.getValue()));
            }
            return out;
        }
        if (object instanceof Collection<?> collection) {
            int i = 0;
            for (var element : List.copyOf(collection.stream().filter(java.util.Objects::nonNull).toList())) {
                out.add(new Child("[" + i++ + "]", element));
            }
            return out;
        }
        if (object.getClass().isArray()) {
            if (!object.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(object); i++) {
                    out.add(new Child("[" + i + "]", Array.get(object, i)));
                }
            }
            return out;
        }
        if (!walkedFields(object.getClass())) {
            return out;
        }
        for (var type = object.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            if (!walkedFields(type)) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    out.add(new Child("." + field.getName(), field.get(object)));
                } catch (RuntimeException | IllegalAccessException e) {
                    // a field the module system keeps closed: not followed
                }
            }
        }
        return out;
    }

    private static boolean followed(Object value) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?> || value.getClass().isArray()) {
            return value.getClass().getName().startsWith("java.") || value.getClass().isArray()
                    || walkedFields(value.getClass());
        }
        return walkedFields(value.getClass());
    }

    private static boolean walkedFields(Class<?> type) {
        var name = type.getName();
        if (name.startsWith("com.chatter.")) {
            return name.contains(".ui.") || name.contains("$$Lambda");
        }
        return name.startsWith("com.vaadin.flow.component.") || name.startsWith("com.vaadin.flow.dom.")
                || name.startsWith("com.vaadin.flow.internal.") || name.startsWith("com.vaadin.flow.data.")
                || name.startsWith("com.vaadin.flow.shared.");
    }

    private static String shortName(Object key) {
        var text = String.valueOf(key);
        return text.length() > 30 ? text.substring(0, 30) : text;
    }

    private static String abbreviate(String path) {
        return path.length() > 400 ? path.substring(0, 200) + " ... " + path.substring(path.length() - 200) : path;
    }
}
