package com.chatter.chat.ui;

import com.chatter.chat.ChatMessage;
import com.chatter.chat.Reaction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The six quick reactions ({@code reaction-option-0…5}, each with {@code data-emoji}); mine is marked, picking it
 * again takes it back. Below them: who reacted with what ({@code reaction-who}).
 */
class ReactionPicker extends Popup {

    private final List<Button> options = new ArrayList<>();
    private final Div who = new Div();
    private ChatMessage message;

    ReactionPicker(BiConsumer<ChatMessage, String> onPick) {
        super("reaction-picker", "listbox");
        addClassName("reaction-picker");
        getElement().setAttribute("aria-label", "React");
        var row = new Div();
        row.addClassName("reaction-options");
        for (int i = 0; i < Reaction.ALLOWED.size(); i++) {
            var emoji = Reaction.ALLOWED.get(i);
            var option = item("reaction-option-" + i, emoji, () -> {
                close();
                if (message != null) {
                    onPick.accept(message, emoji);
                    focusMenuButton(message);
                }
            });
            option.getElement().setAttribute("data-emoji", emoji);
            option.setAriaLabel("React with " + emoji);
            options.add(option);
            row.add(option);
        }
        who.setId("reaction-who");
        who.addClassName("reaction-who");
        add(row, who);
        onEscape(() -> {
            if (message != null) {
                focusMenuButton(message);
            }
        });
    }

    void open(ChatMessage message, MessageBubble.Context context, double x, double y) {
        this.message = message;
        who.removeAll();
        for (int i = 0; i < options.size(); i++) {
            var emoji = Reaction.ALLOWED.get(i);
            boolean mine = message.reactions().stream()
                    .anyMatch(r -> r.emoji().equals(emoji) && r.by().contains(context.me()));
            options.get(i).getElement().getClassList().set("mine", mine);
            options.get(i).getElement().setAttribute("aria-selected", Boolean.toString(mine));
        }
        for (var reaction : message.reactions()) {
            for (var person : reaction.by()) {
                var line = new Div();
                line.addClassName("reaction-who-line");
                line.setText(context.nameOf(person) + " " + reaction.emoji());
                who.add(line);
            }
        }
        who.setVisible(!message.reactions().isEmpty());
        openAt(x, y);
    }
}
