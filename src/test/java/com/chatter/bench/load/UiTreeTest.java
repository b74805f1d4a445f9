package com.chatter.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class UiTreeTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final UiTree tree = new UiTree();

    @Test
    void buildsElementsWithAttributesClassesTextAndClientCallables() {
        var texts = tree.apply(json.readTree("""
                [{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
                 {"node":1,"type":"splice","feat":24,"index":0,"addNodes":[3]},
                 {"node":3,"type":"attach"},
                 {"node":3,"type":"put","key":"tag","feat":0,"value":"flow-container"},
                 {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[10]},
                 {"node":10,"type":"put","key":"tag","feat":0,"value":"div"},
                 {"node":10,"type":"splice","feat":11,"index":0,"add":["chat-room"]},
                 {"node":10,"type":"splice","feat":19,"index":0,"add":["visibilityChanged","sendFromKeyboard"]},
                 {"node":10,"type":"splice","feat":2,"index":0,"addNodes":[11]},
                 {"node":11,"type":"put","key":"tag","feat":0,"value":"span"},
                 {"node":11,"type":"put","key":"id","feat":3,"value":"chat-status"},
                 {"node":11,"type":"splice","feat":2,"index":0,"addNodes":[12]},
                 {"node":12,"type":"put","key":"text","feat":7,"value":"@bob"}]"""));

        var view = tree.findFirst(n -> n.clientCallables.contains("sendFromKeyboard"));
        assertThat(view.id).isEqualTo(10);
        assertThat(view.hasClass("chat-room")).isTrue();
        var status = tree.byId("chat-status");
        assertThat(status.id).isEqualTo(11);
        assertThat(texts).extracting(n -> n.text).containsExactly("@bob");
        assertThat(texts.getFirst().parent).isSameAs(status);
    }

    @Test
    void forgetsDetachedNodesAndRemovedChildren() {
        tree.apply(json.readTree("""
                [{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[5,6]},
                 {"node":5,"type":"put","key":"id","feat":3,"value":"message-1"},
                 {"node":6,"type":"put","key":"id","feat":3,"value":"message-2"}]"""));
        var first = tree.find(5);
        assertThat(tree.isAttached(first)).isTrue();

        tree.apply(json.readTree("""
                [{"node":1,"type":"splice","feat":2,"index":0,"remove":1},
                 {"node":5,"type":"detach"},
                 {"node":6,"type":"splice","feat":11,"index":0,"add":["message","theirs"]},
                 {"node":6,"type":"splice","feat":11,"index":0,"remove":1}]"""));

        assertThat(tree.isAttached(first)).isFalse();
        assertThat(tree.find(5)).isNull();
        assertThat(tree.byId("message-1")).isNull();
        assertThat(tree.byId("message-2").classes).containsExactly("theirs");
    }
}
