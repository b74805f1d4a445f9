package com.chatter.chat.ui;

import com.chatter.chat.ChatMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Delete message?" ({@code delete-dialog}): {@code delete-for-me} always, {@code delete-for-everyone} for my own
 * messages within 2 days. Esc or Cancel closes it.
 */
class DeleteDialog extends Dialog {

    final Button forMe = new Button("Delete for me");
    final Button forEveryone = new Button("Delete for everyone");
    final Button cancel = new Button("Cancel");

    DeleteDialog(ChatMessage message, boolean everyoneAllowed, Runnable onForMe, Runnable onForEveryone) {
        setId("delete-dialog");
        setHeaderTitle("Delete message?");
        add(new Paragraph(everyoneAllowed ? "Delete it for everyone in the chat, or only from your own history."
                : "It is deleted from your own history only; the others still see it."));
        forMe.setId("delete-for-me");
        forMe.addThemeVariants(ButtonVariant.ERROR);
        forMe.addClickListener(e -> {
            close();
            onForMe.run();
        });
        forEveryone.setId("delete-for-everyone");
        forEveryone.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        forEveryone.setVisible(everyoneAllowed);
        forEveryone.addClickListener(e -> {
            close();
            onForEveryone.run();
        });
        cancel.setId("delete-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, forMe, forEveryone);
        setCloseOnEsc(true);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                forMe.focus();
            } else {
                Popup.focusMenuButton(message);
            }
        });
        getElement().setAttribute("data-message-id", Long.toString(message.id().value()));
    }
}
