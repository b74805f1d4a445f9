package com.chatter.chat.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An element whose children the browser draws, so that the server keeps no state node for them: each row is an
 * element tree built on the server as detached {@link Element}s (attributes and text nodes only), sent as JSON with
 * a key, and built in the browser with {@code createElement}, {@code setAttribute} and {@code createTextNode} –
 * never parsed as HTML. A send names every row in order; a row whose tree is not sent keeps the element the browser
 * has; a sent tree equal to the one drawn changes nothing. A changed row whose top element keeps its tag is changed
 * in place (the same element stays, with its focus, so a reference a test or script holds stays valid); one whose tag
 * changed is built anew, and if it had the keyboard focus gives it back to the element with the same id.
 */
final class ClientRows {

    /** Installs the drawing function on the element (once per element in the browser). */
    private static final String INSTALL = """
            const box = this;
            if (box.__draw) return;
            const build = n => {
              if (typeof n === 'string') return document.createTextNode(n);
              const el = document.createElement(n[0]);
              for (const [k, v] of Object.entries(n[1])) el.setAttribute(k, v);
              for (let i = 2; i < n.length; i++) el.appendChild(build(n[i]));
              return el;
            };
            // Makes el (of n's tag) what n describes, keeping the elements that stay: a row being redrawn stays the
            // same element (a reference to it, a test's or a script's, stays valid; the focus stays where it is).
            // Only what the earlier drawing (o) set is taken away: attributes and children a web component adds to
            // itself (a role, a tooltip) stay.
            const patch = (el, n, o) => {
              const attrs = n[1];
              const before = Array.isArray(o) ? o[1] : {};
              for (const k of Object.keys(before)) if (!(k in attrs)) el.removeAttribute(k);
              for (const [k, v] of Object.entries(attrs)) if (el.getAttribute(k) !== v) el.setAttribute(k, v);
              const kids = n.length - 2;
              for (let i = 0; i < kids; i++) {
                const k = n[i + 2];
                const cur = el.childNodes[i];
                const was = Array.isArray(o) ? o[i + 2] : undefined;
                if (typeof k === 'string' ? cur && cur.nodeType === 3 : cur && cur.localName === k[0]) {
                  if (typeof k !== 'string') patch(cur, k, was);
                  else if (cur.data !== k) cur.data = k;
                } else if (cur) {
                  el.replaceChild(build(k), cur);
                } else {
                  el.appendChild(build(k));
                }
              }
              const drawnBefore = Array.isArray(o) ? o.length - 2 : 0;
              for (let i = Math.min(drawnBefore, el.childNodes.length) - 1; i >= kids; i--) el.childNodes[i].remove();
            };
            box.__rows = new Map();
            box.__draw = (keys, trees, scrollTo) => {
              const next = new Map();
              for (const key of keys) {
                let el = box.__rows.get(key);
                const tree = trees[key];
                if (tree !== undefined) {
                  const src = JSON.stringify(tree);
                  if (el && el.__src !== src && el.localName === tree[0]) {
                    patch(el, tree, JSON.parse(el.__src));
                    el.__src = src;
                  } else if (!el || el.__src !== src) {
                    const drawn = build(tree);
                    drawn.__src = src;
                    const focused = el && el.contains(document.activeElement) ? document.activeElement.id : null;
                    if (el) el.remove();
                    el = drawn;
                    if (focused) el.__focus = focused;
                  }
                }
                if (el) next.set(key, el);
              }
              // Rows no longer named go first: while one was still in place above the others (the oldest bubble,
              // dropped as a new one arrives), every row below it was moved in front of it, i.e. the whole list
              // was taken out of the page and put back (style, layout and paint of every bubble again).
              for (const [key, el] of box.__rows) if (next.get(key) !== el) el.remove();
              let prev = null;
              for (const el of next.values()) {
                const at = prev ? prev.nextSibling : box.firstChild;
                if (at !== el) box.insertBefore(el, at);
                prev = el;
                if (el.__focus) {
                  const id = el.__focus;
                  delete el.__focus;
                  const target = el.id === id ? el : [...el.querySelectorAll('[id]')].find(e => e.id === id);
                  if (target) target.focus();
                }
              }
              box.__rows = next;
              const target = scrollTo && next.get(scrollTo);
              if (target) requestAnimationFrame(() => requestAnimationFrame(() => target.scrollIntoView({block: 'start'})));
            };""";

    private final Element box;
    private boolean drawPending;

    ClientRows(Element box) {
        this.box = box;
    }

    /** After the element was attached (again): the browser's element may be new. A draw asked for before is dropped. */
    void install() {
        drawPending = false;
        box.executeJs(INSTALL);
    }

    /**
     * Runs {@code draw} once before the next response, however often this is asked until then: each change asks, one
     * draw sends them all.
     */
    void drawBeforeResponse(Component owner, Runnable draw) {
        if (drawPending) {
            return;
        }
        drawPending = true;
        box.getNode().runWhenAttached(ui -> ui.beforeClientResponse(owner, context -> {
            if (drawPending) { // not when install() came in between: the new drawing asks again
                drawPending = false;
                draw.run();
            }
        }));
    }

    /** The rows of one send, given in order. */
    Batch batch() {
        return new Batch();
    }

    final class Batch {

        private final ArrayNode keys = JacksonUtils.createArrayNode();
        private final ObjectNode trees = JacksonUtils.createObjectNode();

        private Batch() {
        }

        /** The next row, drawn as {@code tree}. */
        void row(String key, Element tree) {
            keys.add(key);
            trees.set(key, json(tree));
        }

        /** The next row, as the browser has drawn it. */
        void row(String key) {
            keys.add(key);
        }

        /** Sends the rows; then scrolls the row {@code scrollTo} into view (null: none). */
        void send(@Nullable String scrollTo) {
            box.executeJs("this.__draw($0, $1, $2)", keys, trees, scrollTo);
        }
    }

    /** {@code [tag, {attributes}, ...children]}, a text node as its string. */
    static JsonNode json(Element element) {
        if (element.isTextNode()) {
            return JacksonUtils.getMapper().getNodeFactory().stringNode(element.getText());
        }
        var tree = JacksonUtils.createArrayNode();
        tree.add(element.getTag());
        var attributes = tree.addObject();
        element.getAttributeNames().sorted().forEach(name -> attributes.put(name, element.getAttribute(name)));
        element.getChildren().forEach(child -> tree.add(json(child)));
        return tree;
    }
}
