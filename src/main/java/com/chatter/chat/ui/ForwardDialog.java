package com.chatter.chat.ui;

import com.chatter.chat.ChatMessage;
import com.chatter.chat.ConversationId;
import com.chatter.chat.ConversationSummary;
import com.chatter.chat.MessageActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * "Forward to…" ({@code forward-dialog}): my chats as checkboxes ({@code forward-target-{conversationId}}) and
 * {@code forward-send}. One request id per dialog, so a double click forwards once.
 */
class ForwardDialog extends Dialog {

    final Button send = new Button("Forward");
    final Map<ConversationId, Checkbox> targets = new LinkedHashMap<>();
    private final String requestId = UUID.randomUUID().toString();

    ForwardDialog(ChatMessage message, List<ConversationSummary> chats,
            BiConsumer<List<ConversationId>, String> onSend) {
        setId("forward-dialog");
        setHeaderTitle("Forward message to");
        var preview = new Span(message.content());
        preview.addClassName("forward-preview");
        var list = new Div();
        list.addClassName("forward-targets");
        for (var chat : chats) {
            var box = new Checkbox(chat.other().displayName());
            box.setId("forward-target-" + chat.id().value());
            box.addValueChangeListener(e -> update());
            targets.put(chat.id(), box);
            list.add(box);
        }
        add(preview, list);
        send.setId("forward-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setEnabled(false);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            var picked = targets.entrySet().stream().filter(t -> t.getValue().getValue()).map(Map.Entry::getKey)
                    .toList();
            onSend.accept(picked, requestId);
        });
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("forward-cancel");
        getFooter().add(cancel, send);
        setCloseOnEsc(true);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                Popup.focusMenuButton(message);
            }
        });
    }

    private void update() {
        long picked = targets.values().stream().filter(Checkbox::getValue).count();
        send.setEnabled(picked > 0 && picked <= MessageActions.MAX_FORWARD_TARGETS);
        send.setText(picked > 1 ? "Forward to " + picked + " chats" : "Forward");
    }

    /** The forward failed: the dialog stays, the button works again. */
    void failed() {
        send.setEnabled(true);
    }
}
